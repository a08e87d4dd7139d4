# expect: writes=yes reads=no risk=low approval=yes
# why: a name bound to a tuple whose items are not rows of one width, and to a list of rows: a loop over it may unpack the tuple's `(PV, 1)` item, so the first position may be the PV (round 22; bound in branches since round 39, which reads the last of straight-line assignments)
import queue
import sys
from epics import PV
q = queue.Queue()
if len(sys.argv) > 5:
    p = [(q, 2), (q, 3)]
else:
    p = ((PV("A"), 1), q)
for a, b in p:
    a.put(b)
