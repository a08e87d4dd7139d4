# expect: writes=yes reads=no risk=low approval=yes
# why: any other command run by name acts on the device
import tango
dev = tango.DeviceProxy('sr/rf/tx1')
dev.command_inout('On')
results = {}
