# expect: writes=yes reads=no risk=low approval=yes
# why: the comprehension's own variable still holds the PVs it iterates, in its own scope, and a later `pv` of another kind does not hide that (round 20)
import queue

import epics

pvs = [epics.PV(f"SR:COR{i:02d}:SP") for i in range(4)]
done = [pv.put(0.0, wait=True) for pv in pvs]
pv = queue.Queue()
pv.put(done)
results = {"zeroed": len(done)}
