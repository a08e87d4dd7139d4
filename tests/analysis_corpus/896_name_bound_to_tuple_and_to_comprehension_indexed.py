# expect: writes=yes reads=no risk=low approval=yes
# why: `p[0]` of a name bound to a tuple display and to a comprehension of rows may be a row holding a PV (round 22)
import queue
from epics import PV
q = queue.Queue()
p = (q, 1)
p = [(PV(n), 2) for n in "AB"]
p[0][0].put(1)
