# expect: writes=yes reads=no risk=low approval=yes
# why: `self.channel(...)` in a base method runs the subclass's override, whose tuple puts the PV second (round 22)
import queue
from epics import PV
class A:
    def channel(self, n):
        return PV(n), queue.Queue()
    def use(self):
        pv, qq = self.channel("BL:X")
        qq.put(1)
class B(A):
    def channel(self, n):
        return queue.Queue(), PV(n)
B().use()
