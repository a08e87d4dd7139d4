# expect: writes=yes reads=no risk=low approval=yes
# why: a row appended to a list of rows may put a PV first: positions are no longer kept apart and `a.put(b)` may be `PV.put` (round 22)
import queue
from epics import PV
q = queue.Queue()
pairs = [(q, 1)]
pairs.append((PV("A"), 2))
for a, b in pairs:
    a.put(b)
