# expect: writes=no reads=no risk=low approval=no
# why: `dict.fromkeys(names)` is a new dict keyed by the names; filling it with proxies is an item store into the dict, not into a proxy, and its keys stay names (red-team round 33; a false `DeviceProxy.__setitem__` write before)
import tango
names = ["sr/ps/q1", "sr/ps/q2"]
table = dict.fromkeys(names)
for name in names:
    table[name] = tango.DeviceProxy(name)
report = ", ".join(key.split("/")[-1].upper() for key in table)
results = {"report": report}
