# expect: writes=no reads=yes risk=low approval=no
# why: `groups[kind].append(DeviceProxy(n))` adds to a list kept in a dict: no device command is named `append` (round 22)
import tango
from collections import defaultdict
groups = defaultdict(list)
for n in ["a/b/c"]:
    groups["mag"].append(tango.DeviceProxy(n))
for dev in groups["mag"]:
    print(dev.state())
