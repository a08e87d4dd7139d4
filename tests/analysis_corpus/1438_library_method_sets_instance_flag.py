# expect: writes=yes reads=no risk=low approval=yes
# why: threading.Event.set called with our object as self sets its _flag attribute (round 47, helper W)
import threading
from p4p.client.thread import Context as PvaContext
class ArmSignal:
    def __init__(self):
        self._cond = threading.Condition()
        self._flag = False
sig = ArmSignal()
threading.Event.set(sig)
if sig._flag:
    PvaContext("pva").put("BR:KICK:ARM", 1)
results = {}
