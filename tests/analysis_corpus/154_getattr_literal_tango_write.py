# expect: writes=yes reads=no risk=low approval=yes
# why: getattr with a literal method name on a Tango proxy
import tango
dev = tango.DeviceProxy('sys/ps/1')
getattr(dev, 'write_attribute')('Current', 1.0)
results = {}
