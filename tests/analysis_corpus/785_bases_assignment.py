# expect: writes=yes reads=no risk=high approval=n/a
# why: assigning __bases__ re-parents a class (reflective, like __class__ assignment) but is no finding, and the family ignores it (missed write, missed risk) (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class Base: pass
class Tuner(Base):
    def kick(self): self.dev.set(1)
Tuner.__bases__ = (Holder,)
Tuner().kick()
