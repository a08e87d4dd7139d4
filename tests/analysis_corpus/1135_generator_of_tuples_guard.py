# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1134: a generator that also yields other shapes (`yield from`, a tuple held in a name) or yields the proxy in different positions keeps every position merged, and `send` still reaches the yielded tuple (red-team round 38)
import tango


def mixed():
    yield "x", 1
    yield from [(tango.DeviceProxy("sr/ps/q1"), 2)]


def swapped():
    dev = tango.DeviceProxy("sr/ps/q2")
    yield "x", dev
    yield dev, "y"


for name, _ in mixed():
    if not isinstance(name, str):
        name.On()
for name, _ in swapped():
    if not isinstance(name, str):
        name.Off()
results = {}
