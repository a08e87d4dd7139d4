# expect: writes=yes reads=no risk=low approval=yes
# why: g[1] returns first member DeviceProxy; .remove() on it is a command (red-team round 24)
import tango
g = tango.Group("g")
g.add("sys/tg_test/1")
m = g[1]
m.remove("x")
results = {"done": True}
