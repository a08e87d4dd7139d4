# expect: writes=no reads=yes risk=low approval=no
# why: rows made by a comprehension of tuple displays `[(PV(n), q) for n in names]` keep their positions apart (red-team round 22)
from epics import PV
import queue
q = queue.Queue()
pairs = [(PV(n), q) for n in ['A:1', 'A:2']]
for pv, sink in pairs:
    sink.put(pv.get())
results = {}
