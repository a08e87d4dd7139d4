# expect: writes=yes reads=no risk=low approval=yes
# why: a decorator on a def in a class body returns another class's function (getattr(other, fn.__name__)); Python binds self to the decorating class's instance, the walk keeps self as the defining class (whose sp is None) and the decorated def avoids the "function assigned in a class body" trigger (missed write) (round 19)
from ophyd import EpicsSignal
class SimMagnet:
    def __init__(self):
        self.sp = None
    def ramp(self, v):
        for i in range(3):
            self.sp.set(v * (i + 1) / 3)
def same_as(other):
    def deco(fn):
        return getattr(other, fn.__name__)
    return deco
class RealMagnet:
    def __init__(self, pv):
        self.sp = EpicsSignal(pv)
    @same_as(SimMagnet)
    def ramp(self, v): ...
RealMagnet('SR:Q1:SP').ramp(2.0)
