# expect: writes=yes reads=no risk=low approval=yes
# why: `fire = Flag.fire` copies another class's method into a class body (or `Kicker.fire = Flag.fire` later); run on a Kicker, `self.signal` is an ophyd EpicsSignal and `.set(v)` writes (missed: the method's `self` keeps only Flag's family) (evasion, round 19)
import threading
from ophyd import EpicsSignal

class Flag:
    def __init__(self):
        self.signal = threading.Event()
    def fire(self, *value):
        self.signal.set(*value)

class Kicker:
    def __init__(self):
        self.signal = EpicsSignal("SR:KICK:SP", name="k")
    fire = Flag.fire

Flag().fire()
Kicker().fire(1.0)
results = {"fired": True}
