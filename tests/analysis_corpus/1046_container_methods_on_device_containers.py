# expect: writes=no reads=yes risk=low approval=no
# why: standard container methods (`move_to_end`, `rotate`, `isdisjoint`, `new_child`) on containers of Tango devices are the containers' own, not device commands (red-team round 32; false writes before)
import collections
import tango
ring = collections.OrderedDict()
ring["sr/ps/q1"] = tango.DeviceProxy("sr/ps/q1")
ring["sr/ps/q2"] = tango.DeviceProxy("sr/ps/q2")
ring.move_to_end("sr/ps/q1")
order = collections.deque([tango.DeviceProxy("sr/ps/q3"), tango.DeviceProxy("sr/ps/q4")])
order.rotate(1)
seen = set()
seen.add(tango.DeviceProxy("sr/ps/q5"))
fresh = seen.isdisjoint(set())
base = collections.ChainMap({"q6": tango.DeviceProxy("sr/ps/q6")})
layers = base.new_child()
states = {name: str(dev.State()) for name, dev in ring.items()}
results = {"states": states, "fresh": fresh, "layers": len(layers)}
