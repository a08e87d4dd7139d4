# expect: writes=yes reads=no risk=low approval=yes
# why: a base spelled __main__.Hardware is the local class, but as a base it is taken for a library class (exempt, family not joined) (evasion; `from __main__ import Hardware` the same) (round 19)
import __main__
from ophyd import EpicsSignal
class Hardware:
    def __init__(self):
        self.sp = EpicsSignal('SR:PS1:SP')
class RampMixin:
    def __init__(self):
        self.sp = None
    def ramp(self, v):
        self.sp.set(v)
class Magnet(__main__.Hardware, RampMixin):
    pass
Magnet().ramp(1.0)
