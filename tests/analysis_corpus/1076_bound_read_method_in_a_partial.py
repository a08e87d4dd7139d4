# expect: writes=yes reads=yes risk=low approval=yes
# why: `partial(dev.state).func` is the bound method, whose `__self__` is the device (red-team round 34: missed)
import functools
import tango

poll = functools.partial(tango.DeviceProxy("sr/ps/q1").state)
poll.func.__self__.Reset()
results = {}
