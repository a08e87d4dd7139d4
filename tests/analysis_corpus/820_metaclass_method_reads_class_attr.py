# expect: writes=yes reads=no risk=low approval=yes
# why: a method of a local metaclass runs with cls = a class whose metaclass it is; cls.sig is that class's class attribute, but the walk reads only the metaclass's own family (missed write; same for a metaclass property setter and type(obj).method()) (round 19)
from ophyd import EpicsSignal
class DeviceMeta(type):
    def ramp(cls, v):
        cls.sig.set(v)
class Magnet(metaclass=DeviceMeta):
    sig = None
class QF1(Magnet):
    sig = EpicsSignal('SR:QF1:SP')
QF1.ramp(2.0)
