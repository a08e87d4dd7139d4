# expect: writes=no reads=yes risk=low approval=no
# why: devices grouped by family in a `defaultdict(list)` (`groups[fam].append(dev)`) or with `setdefault(fam, []).append(dev)`, and the pairs of a dict copied with `list(d.items())`, keep the keys apart from the values: `fam.upper()` is text's method, not a Tango command (red-team round 38)
from collections import defaultdict

import tango

names = ["sr/ps-q/q1", "sr/ps-s/s1", "sr/ps-q/q2"]
groups = defaultdict(list)
by_family = {}
for name in names:
    groups[name.split("/")[1]].append(tango.DeviceProxy(name))
    by_family.setdefault(name.split("/")[1], []).append(tango.DeviceProxy(name))
devices = {name: tango.DeviceProxy(name) for name in names}
pairs = list(devices.items())
results = {
    "groups": {fam.upper(): [str(d.state()) for d in devs] for fam, devs in groups.items()},
    "families": sorted(fam.lower() for fam in by_family),
    "names": [name.upper() for name, dev in pairs],
}
