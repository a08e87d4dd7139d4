# expect: writes=yes reads=no risk=low approval=yes
# why: the groups of `groupby` hold the PVs grouped, and without a key function the key is the element itself: both writes are seen (red-team round 33: keeps the groupby columns honest)
import itertools
import epics
pvs = [epics.PV(n) for n in ["A:1", "A:2", "B:1"]]
for prefix, group in itertools.groupby(pvs, key=lambda p: p.pvname[0]):
    for pv in group:
        pv.put(0)
for first, _ in itertools.groupby(pvs):
    first.value = 1
results = {}
