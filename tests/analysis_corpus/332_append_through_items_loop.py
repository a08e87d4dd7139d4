# expect: writes=yes reads=no risk=low approval=yes
# why: PVs appended to a dict's lists through .items() loop variables, written through the dict
from epics import PV
groups = {"a": [], "b": []}
for name, members in groups.items():
    members.append(PV(name))
groups["a"][0].value = 2
