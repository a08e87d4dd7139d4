# expect: writes=yes reads=no risk=low approval=yes
# why: `map` over a functional namedtuple makes records holding the PVs (red-team round 32; missed before)
import collections, epics
Row = collections.namedtuple("Row", "pv")
for r in map(Row, map(epics.PV, ["SR:C01:QF:SP"])):
    r.pv.value = 1.0
