# expect: writes=no reads=yes risk=low approval=no
# why: `sorted(pairs, key=...)` gives the same rows, positions kept apart (red-team round 22)
from epics import PV
import queue
q = queue.Queue()
pairs = [(PV('A:2'), q), (PV('A:1'), q)]
for pv, sink in sorted(pairs, key=lambda t: t[0].pvname):
    sink.put(pv.get())
results = {}
