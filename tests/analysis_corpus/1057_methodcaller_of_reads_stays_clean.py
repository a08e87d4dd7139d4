# expect: writes=no reads=yes risk=low approval=no
# why: `map(methodcaller('name'), devs)` calls each proxy's `name()` (client side) and `methodcaller('read_attribute', 'Current')` reads: applied by the walk, not a write it cannot follow (red-team round 33; an unverified write before)
import operator
import tango

devs = [tango.DeviceProxy(n) for n in ["sr/ps/q1", "sr/ps/q2"]]
names = list(map(operator.methodcaller("name"), devs))
currents = [operator.methodcaller("read_attribute", "Current")(d) for d in devs]
results = {"names": names, "n": len(currents)}
