# expect: writes=yes reads=no risk=low approval=yes
# why: partial dev setitem (red-team round 8)
import functools, tango
dev = tango.DeviceProxy('sr/ps/qf1')
set_current = functools.partial(dev.__setitem__, 'Current')
set_current(4.0)
results = {}
