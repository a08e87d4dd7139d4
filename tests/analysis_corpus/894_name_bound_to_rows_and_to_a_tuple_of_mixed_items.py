# expect: writes=yes reads=no risk=low approval=yes
# why: a name bound to a tuple whose items are not rows of one width, and to a list of rows: a loop over it may unpack the tuple's `(PV, 1)` item, so the first position may be the PV (round 22)
import queue
from epics import PV
q = queue.Queue()
p = ((PV("A"), 1), q)
p = [(q, 2), (q, 3)]
for a, b in p:
    a.put(b)
