# expect: writes=yes reads=no risk=low approval=yes
# why: a class composed with the base's own metaclass, type(base)(name, (base, *mixins), {}), joins Hardware and RampLogic without tripping the shared switch (only a literal type(n, b, ns) call does); RampLogic.ramp is walked with self's sp a soft value, so Hardware's EpicsSignal never reaches .set (missed write) (round 19)
from ophyd import EpicsSignal
class SoftValue:
    def __init__(self): self.v = 0.0
    def set(self, v): self.v = v
class RampLogic:
    def __init__(self): self.sp = SoftValue()
    def ramp(self, target, steps=3):
        for i in range(1, steps + 1):
            self.sp.set(target * i / steps)
class Hardware:
    def __init__(self, pv): self.sp = EpicsSignal(pv)
def compose(base, *mixins):
    # build with the base's metaclass so ABC/ophyd bases keep working
    return type(base)(base.__name__ + 'Ramped', (base, *mixins), {})
Magnet = compose(Hardware, RampLogic)
Magnet('SR:PS1:SP').ramp(2.0)
results = {'done': True}
