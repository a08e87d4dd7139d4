# expect: writes=yes reads=no risk=low approval=yes
# why: a property made with the call form property(_get, _set): assigning m.setpoint = sig runs _set, which stores the signal in self._sp; the setter is not run on the store, so self._sp holds only None (missed write; decorator form @x.setter is found) (round 19)
from ophyd import EpicsSignal
class Magnet:
    def __init__(self):
        self._sp = None
    def _get_sp(self):
        return self._sp
    def _set_sp(self, sig):
        self._sp = sig
    setpoint = property(_get_sp, _set_sp)
    def ramp(self, v):
        self._sp.set(v)
m = Magnet()
m.setpoint = EpicsSignal('SR:Q1:SP')
m.ramp(2.0)
