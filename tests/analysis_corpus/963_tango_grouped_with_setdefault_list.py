# expect: writes=no reads=yes risk=low approval=no
# why: `groups.setdefault(k, []).append(dev)` adds the device to a list: the table only ever holds fresh lists (round 25)
import tango
groups = {}
for n in ['sr/ps/q1', 'sr/ps/q2']:
    groups.setdefault(n.split('/')[1], []).append(tango.DeviceProxy(n))
for devs in groups.values():
    print([d.state() for d in devs])
