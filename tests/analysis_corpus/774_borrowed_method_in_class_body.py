# expect: writes=yes reads=yes risk=low approval=yes
# why: a method borrowed into another class's body (ramp = SimMagnet.ramp) runs with a RealMagnet as self; the walk keeps self as SimMagnet, whose sp is a soft value, so RealMagnet's EpicsSignal never reaches the set (missed write) (round 19)
from ophyd import EpicsSignal
class SoftValue:
    def __init__(self): self.v = 0.0
    def set(self, v): self.v = v; return self
    def wait(self): pass
    def get(self): return self.v
class SimMagnet:
    def __init__(self): self.sp = SoftValue()
    def ramp(self, target, steps=4):
        start = self.sp.get()
        for i in range(1, steps + 1):
            self.sp.set(start + (target - start) * i / steps).wait()
class RealMagnet:
    ramp = SimMagnet.ramp          # same ramp logic, real hardware
    def __init__(self, pv): self.sp = EpicsSignal(pv)
RealMagnet('SR:Q1:SP').ramp(1.5)
results = {'ok': True}
