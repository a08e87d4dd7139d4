# expect: writes=no reads=yes risk=low approval=no
# why: `map(describe, proxies)` gives what the local function returns, which the walk follows, not the proxies it is given: `lines[0].upper()` is text's method (red-team round 38)
import tango


def describe(dev):
    return f"{dev.dev_name()}: {dev.state()}"


lines = list(map(describe, [tango.DeviceProxy("bl/v/1"), tango.DeviceProxy("bl/v/2")]))
results = {"first": lines[0].upper(), "count": len(lines)}
