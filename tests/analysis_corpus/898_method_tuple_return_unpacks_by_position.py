# expect: writes=no reads=yes risk=low approval=no
# why: a method whose every `return` is `PV(n), queue.Queue()` unpacks position by position: `qq.put` is the queue's (red-team round 22)
from epics import PV
import queue
q = queue.Queue()
class Beamline:
    def channel(self, n):
        return PV(n), queue.Queue()
pv, qq = Beamline().channel('BL:X')
qq.put(pv.get())
results = {}
