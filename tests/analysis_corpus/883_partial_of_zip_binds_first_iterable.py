# expect: writes=yes reads=no risk=low approval=yes
# why: `functools.partial(zip, [PV(...)])` called with the queues: the bound PVs come first (red-team round 22)
from epics import PV
import queue
q = queue.Queue()
import functools
z = functools.partial(zip, [PV('A')])
for a, b in z([q]):
    a.put(1)
