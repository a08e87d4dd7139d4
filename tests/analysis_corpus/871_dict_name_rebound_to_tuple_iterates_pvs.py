# expect: writes=yes reads=no risk=low approval=yes
# why: a name bound to a dict display and later to a tuple of PVs: iterating it gives the PVs, not only the dict's keys (round 22)
from epics import PV
d = {"a": 1}
d = (PV("X"), PV("Y"))
for x in d:
    x.put(1)
