# expect: writes=yes reads=no risk=low approval=yes
# why: a function whose returns put the PV first on one path and second on another: both positions may be the PV (round 22)
import queue
from epics import PV
def setup(flag):
    if flag:
        return queue.Queue(), PV("A")
    return PV("A"), queue.Queue()
pv, q = setup(True)
q.put(1)
