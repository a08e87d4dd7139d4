# expect: writes=no reads=no risk=low approval=no
# why: `if k not in groups: groups[k] = []` then `groups[k].append(dev)`: every item stored is a fresh list (round 25)
import tango
groups = {}
for n in ['sr/ps/q1', 'sr/rf/c1']:
    k = n.split('/')[1]
    if k not in groups:
        groups[k] = []
    groups[k].append(tango.DeviceProxy(n))
print(len(groups))
