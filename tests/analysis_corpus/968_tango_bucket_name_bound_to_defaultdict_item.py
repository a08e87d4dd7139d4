# expect: writes=no reads=no risk=low approval=no
# why: `bucket = groups[k]` of a `defaultdict(list)` is a list; `bucket.append(dev)` is the list's (round 25)
import tango
from collections import defaultdict
groups = defaultdict(list)
for n in ['sr/ps/q1']:
    bucket = groups[n[0]]
    bucket.append(tango.DeviceProxy(n))
print(len(groups))
