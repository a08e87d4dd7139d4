# expect: writes=no reads=yes risk=low approval=no
# why: a multiprocessing thread pool mapping the PV class's read over PVs only reads (round 46)
from multiprocessing.pool import ThreadPool
import epics
pvs = [epics.PV(f"SR:BPM{i}:X") for i in range(3)]
with ThreadPool(2) as pool:
    vals = pool.map(epics.PV.get, pvs)
results = {"vals": vals}
