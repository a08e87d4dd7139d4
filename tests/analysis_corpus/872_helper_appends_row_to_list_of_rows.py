# expect: writes=yes reads=no risk=low approval=yes
# why: a helper appends a (PV, value) row to a list of (queue, value) rows it is handed: the first position may be the PV (round 22)
import queue
from epics import PV
q = queue.Queue()
pairs = [(q, 1)]
def add(lst):
    lst.append((PV("B"), 2))
add(pairs)
for a, b in pairs:
    a.put(b)
