# expect: writes=no reads=yes risk=low approval=no
# why: a comprehension's `for` variable lives in the comprehension's own scope (Python 3), so `q` of `[q.get() for q in pvs]` is not the `q = queue.Queue()` after it, whose `put` is a queue's (round 20)
import queue

import epics

pvs = [epics.PV(f"SR:BPM{i:02d}:X") for i in range(4)]
readings = [q.get() for q in pvs]
q = queue.Queue()
q.put(readings)
results = {"n": q.qsize()}
