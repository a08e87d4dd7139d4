# expect: writes=yes reads=yes risk=low approval=yes
# why: a call the walk does not model that takes a key= callable (heapq.nlargest/nsmallest/merge, bisect.insort) is treated like sorted's key and neither flagged nor followed, so the PVs it returns are lost (round 16)
import heapq
import epics

correctors = [epics.PV(f"SR:HCM{i}:SP") for i in range(1, 5)]
strongest = heapq.nlargest(2, correctors, key=lambda pv: abs(pv.get()))
for pv in strongest:
    pv.value = 0.0
results = {"zeroed": [pv.pvname for pv in strongest]}
