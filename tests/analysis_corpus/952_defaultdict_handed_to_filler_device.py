# expect: writes=yes reads=no risk=low approval=yes
# why: the table handed to a function that stores a `DeviceProxy` as an item: `groups["s"].clear()` may be the command (round 24)
import collections
import tango
groups = collections.defaultdict(list)
def fill(table):
    table["s"] = tango.DeviceProxy("sr/ps/s1")
fill(groups)
groups["s"].clear()
results = {"n": len(groups)}
