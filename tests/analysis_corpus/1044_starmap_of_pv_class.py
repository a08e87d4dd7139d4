# expect: writes=yes reads=no risk=low approval=yes
# why: `itertools.starmap(epics.PV, rows)` makes PVs, not the PV class: `pv.value = v` sets them (red-team round 32; missed before)
import itertools, epics
setpoints = [("SR:C01:QF:SP", 1.0), ("SR:C01:QD:SP", 2.0)]
pvs = list(itertools.starmap(epics.PV, [(n,) for n, _ in setpoints]))
for pv, (_, v) in zip(pvs, setpoints):
    pv.value = v
