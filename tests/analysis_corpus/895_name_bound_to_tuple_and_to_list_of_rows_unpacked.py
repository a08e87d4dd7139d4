# expect: writes=yes reads=no risk=low approval=yes
# why: unpacking a name bound to a tuple display and to a list of rows: the first value may be the list's first row, holding a PV (round 22)
import queue
from epics import PV
q = queue.Queue()
p = (q, 1)
p = [(PV("A"), 2), (PV("B"), 3)]
a, b = p
a[0].put(1)
