# expect: writes=yes reads=no risk=low approval=yes
# why: Tango proxies allow attribute writes: `dev.Voltage = 3`
import tango
dev = tango.DeviceProxy('sys/ps/1')
dev.Voltage = 3
results = {}
