# expect: writes=no reads=yes risk=low approval=no
# why: `rows = [[] for _ in range(2)]` holds only lists; `rows[i].append(dev)` is the list's (round 25)
import tango
rows = [[] for _ in range(2)]
for i, n in enumerate(['sr/ps/q1', 'sr/ps/q2']):
    rows[i % 2].append(tango.DeviceProxy(n))
print([[d.state() for d in r] for r in rows])
