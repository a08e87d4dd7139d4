# expect: writes=no reads=yes risk=low approval=no
# why: `zip(names, pvs)` pairs each name with its PV; the name handed to a queue with a reading is not a PV, so `outq.put` is not a write (round 22)
import queue
from epics import PV
names = ["SR:BPM1", "SR:BPM2"]
pvs = [PV(n) for n in names]
outq = queue.Queue()
for name, pv in zip(names, pvs):
    outq.put((name, pv.get()))
results = {"n": outq.qsize()}
