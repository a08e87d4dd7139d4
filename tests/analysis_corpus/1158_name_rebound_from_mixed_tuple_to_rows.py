# expect: writes=no reads=no risk=low approval=no
# why: 894 before round 39: `p` is the list of rows when the loop runs (the last of straight-line assignments), so `a` is the queue and `a.put(b)` the queue's (red-team round 39)
import queue
from epics import PV
q = queue.Queue()
p = ((PV("A"), 1), q)
p = [(q, 2), (q, 3)]
for a, b in p:
    a.put(b)
