# expect: writes=yes reads=no risk=low approval=yes
# why: the same table with a `DeviceProxy` stored as an item: `groups["s"].clear()` is the device's `Clear` command (round 24)
import collections
import tango
groups = collections.defaultdict(list)
groups["q"].append(tango.DeviceProxy("sr/ps/q1"))
groups["s"] = tango.DeviceProxy("sr/ps/s1")
groups["s"].clear()
results = {"n": len(groups)}
