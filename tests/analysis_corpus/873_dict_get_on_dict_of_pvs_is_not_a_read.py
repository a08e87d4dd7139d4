# expect: writes=no reads=no risk=low approval=no
# why: `pvs.get("A")` on a name only ever bound to a dict display is the dict's method handing out a PV, not the PV's read (round 22)
from epics import PV
pvs = {n: PV(n) for n in ["A", "B"]}
pv = pvs.get("A")
results = {"connected": pv is not None}
