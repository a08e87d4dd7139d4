# expect: writes=yes reads=no risk=low approval=yes
# why: DeviceProxy.write_attribute called through the class with the device first
import tango
dev = tango.DeviceProxy('a/b/c')
tango.DeviceProxy.write_attribute(dev, 'x', 1)
results = {}
