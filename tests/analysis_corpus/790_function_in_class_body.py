# expect: writes=yes reads=no risk=low approval=yes
# why: one module-level helper shared as a method by two classes through the class body (`fire = _fire`); on the class whose `signal` is an ophyd EpicsSignal it writes (missed) (semi-realistic, round 19)
import threading
from ophyd import EpicsSignal

def _fire(self, *value):
    self.signal.set(*value)

class Flag:
    def __init__(self):
        self.signal = threading.Event()
    fire = _fire

class Kicker:
    def __init__(self):
        self.signal = EpicsSignal("SR:KICK:SP", name="k")
    fire = _fire

Flag().fire()
Kicker().fire(1.0)
results = {"fired": True}
