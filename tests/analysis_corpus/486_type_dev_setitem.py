# expect: writes=yes reads=no risk=low approval=yes
# why: type dev setitem (red-team round 8)
import tango
dev = tango.DeviceProxy('sr/ps/qf1')
type(dev).__setitem__(dev, 'Current', 3.0)
results = {}
