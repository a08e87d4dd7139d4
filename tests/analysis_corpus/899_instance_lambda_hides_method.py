# expect: writes=yes reads=no risk=low approval=yes
# why: a lambda assigned to an instance attribute hides the class's method of that name: its `(queue, PV)` result makes `qq` the PV (round 22; missed before)
import queue
from epics import PV
class A:
    def channel(self, n):
        return queue.Queue(), queue.Queue()
a = A()
a.channel = lambda n: (queue.Queue(), PV(n))
pv, qq = a.channel("BL:X")
qq.put(1)
