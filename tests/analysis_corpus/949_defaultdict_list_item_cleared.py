# expect: writes=no reads=yes risk=low approval=no
# why: a `defaultdict(list)` of Tango devices only ever read and filled through `groups[k].append(...)`: `groups["q"].clear()` is the list's (a round-23 false write, round 24)
import collections
import tango
groups = collections.defaultdict(list)
for name in ["sr/ps/q1", "sr/ps/s1"]:
    groups[name.split("/")[2][0]].append(tango.DeviceProxy(name))
states = {k: [d.state() for d in v] for k, v in groups.items()}
groups["q"].clear()
results = {"states": str(states), "n": len(groups)}
