# expect: writes=no reads=yes risk=low approval=no
# why: `for name, dev in pairs()` of a local generator whose every `yield` is a tuple display takes each position apart, as a function returning tuple displays does: `name.upper()` is text's method, not a Tango command (red-team round 38)
import tango


def pairs():
    for name in ("sr/ps/q1", "sr/ps/q2"):
        yield name, tango.DeviceProxy(name)


results = {}
for name, dev in pairs():
    results[name.upper()] = str(dev.state())
