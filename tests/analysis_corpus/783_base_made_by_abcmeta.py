# expect: writes=yes reads=no risk=low approval=yes
# why: a base made by abc.ABCMeta('Base', (Holder,), {}) (a class the walk sees only as a made object) is not counted as an unseen base, so Tuner's family is closed and misses Holder's dev (missed write) (round 19)
import abc
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
Base = abc.ABCMeta('Base', (Holder,), {})
class Tuner(Base):
    def kick(self): self.dev.set(1)
Tuner().kick()
