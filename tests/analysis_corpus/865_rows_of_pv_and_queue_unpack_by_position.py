# expect: writes=no reads=yes risk=low approval=no
# why: a list of (PV, queue) rows keeps its positions apart in `for dev, acc in pairs`, so `acc.put` is the queue's (round 22)
import queue
from epics import PV
q = queue.Queue()
pairs = [(PV("SR:BPM1"), q), (PV("SR:BPM2"), q)]
for dev, acc in pairs:
    acc.put(dev.get())
results = {}
