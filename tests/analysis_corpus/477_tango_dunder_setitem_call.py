# expect: writes=yes reads=no risk=low approval=yes
# why: tango dunder setitem call (red-team round 8)
import tango
dev = tango.DeviceProxy('sr/ps/qf1')
dev.__setitem__('Current', 12.0)
results = {}
