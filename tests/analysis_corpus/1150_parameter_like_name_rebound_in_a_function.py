# expect: writes=no reads=yes risk=low approval=no
# why: the same in a function: `p = {...}` after `p = DeviceProxy(name)`, then `p['r'] = ...`, is the dict's (red-team round 39, helper P)
import tango
def read_bpm(name):
    p = tango.DeviceProxy(name)
    x, y = float(p.XPosition), float(p.YPosition)
    p = {"x": x, "y": y}
    p["r"] = (x ** 2 + y ** 2) ** 0.5
    return p
results = {n: read_bpm(n) for n in ("sr/bpm/c01-1", "sr/bpm/c01-2")}
