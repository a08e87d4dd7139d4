# expect: writes=yes reads=no risk=low approval=yes
# why: a base made by types.new_class('Base', (Holder,)) is not counted as an unseen base, so Tuner's family is closed and misses Holder's dev (missed write) (round 19)
import types
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
Base = types.new_class('Base', (Holder,))
class Tuner(Base):
    def kick(self): self.dev.set(1)
Tuner().kick()
