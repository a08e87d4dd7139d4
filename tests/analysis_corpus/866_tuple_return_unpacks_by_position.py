# expect: writes=no reads=yes risk=low approval=no
# why: a function that returns `PV(...), queue.Queue()` unpacks position by position: `q.put` is the queue's (round 22)
import queue
from epics import PV
def setup():
    return PV("SR:BPM1"), queue.Queue()
pv, q = setup()
q.put(pv.get())
results = {}
