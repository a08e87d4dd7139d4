# expect: writes=yes reads=no risk=low approval=yes
# why: command_inout changes device state
import tango
dev = tango.DeviceProxy('sys/ps/1')
dev.command_inout('On')
results = {}
