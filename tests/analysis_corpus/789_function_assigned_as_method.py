# expect: writes=yes reads=no risk=low approval=yes
# why: a module-level function attached to a local class (`Corrector.kick = kick`) is called as a method; its `self.signal.set(...)` is an ophyd write (missed since fields are kept per class family) (semi-realistic, round 19)
from ophyd import EpicsSignal

class Corrector:
    def __init__(self, pv):
        self.signal = EpicsSignal(pv, name="hcm")

def kick(self, value):
    self.signal.set(value)

Corrector.kick = kick
Corrector("SR:C01:HCM1:SP").kick(0.05)
results = {"kicked": True}
