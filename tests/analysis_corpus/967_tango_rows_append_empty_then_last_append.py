# expect: writes=no reads=no risk=low approval=no
# why: `rows.append([])` then `rows[-1].append(dev)`: only fresh lists are put in rows (round 25)
import tango
rows = []
for n in ['sr/ps/q1', 'sr/ps/q2']:
    rows.append([])
    rows[-1].append(tango.DeviceProxy(n))
print(len(rows))
