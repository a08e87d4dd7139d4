# expect: writes=yes reads=no risk=low approval=yes
# why: starmap over argument tuples hands the PVs to a helper that writes
from multiprocessing.pool import ThreadPool
import epics
def setp(pv, v):
    pv.put(v)
    return v
pvs = [epics.PV(f"SR:PS{i}:SP") for i in range(2)]
with ThreadPool(2) as pool:
    pool.starmap(setp, [(p, 1.0) for p in pvs])
results = {}
