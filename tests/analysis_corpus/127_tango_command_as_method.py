# expect: writes=yes reads=no risk=low approval=yes
# why: Tango commands are callable attributes of the proxy (dev.On())
import tango
dev = tango.DeviceProxy('sys/ps/1')
dev.On()
results = {}
