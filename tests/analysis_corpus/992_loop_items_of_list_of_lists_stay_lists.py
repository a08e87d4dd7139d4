# expect: writes=no reads=no risk=low approval=no
# why: `for i, bucket in enumerate(rows)`, `for name, bucket in zip(names, rows)` and `for k, bucket in groups.items()` over tables of fresh lists: `bucket.append(dev)` is the list's, not a Tango command `Append` (round 25's false writes)
import tango
names = ['sr/bv/1', 'sr/bv/2']
rows = [[] for _ in names]
for i, bucket in enumerate(rows):
    bucket.append(tango.DeviceProxy(names[i]))
for name, bucket in zip(names, rows):
    bucket.insert(0, name)
groups = {'bv': [], 'ps': []}
for kind, members in groups.items():
    members.append(kind)
for members in reversed(rows):
    members.extend([])
