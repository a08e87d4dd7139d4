# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1144: devices used as the keys of a `defaultdict(list)` or of `setdefault`, a factory that makes devices, and a dict changed through an alias or `update` still give the devices back (red-team round 38)
from collections import defaultdict

import tango

dev = tango.DeviceProxy("sr/ps-q/q1")
counts = defaultdict(list)
counts[dev].append(1)
for key in counts:
    key.On()
seen = {}
seen.setdefault(dev, []).append(2)
for key in seen.keys():
    key.Off()
spares = defaultdict(lambda: tango.DeviceProxy("sr/ps-q/spare"))
spares["q9"]
for spare in spares.values():
    spare.Standby()
table = defaultdict(list)
table["a"].append(1)
alias = table
alias[dev].append(2)
for key in table:
    if not isinstance(key, str):
        key.Init()
results = {}
