# expect: writes=yes reads=no risk=low approval=yes
# why: types.new_class('Mixed', (Tuner, Holder)) combines two local classes the family walk never joins (missed write) (round 19)
import types
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class Tuner:
    def kick(self): self.dev.set(1)
Mixed = types.new_class('Mixed', (Tuner, Holder))
Mixed().kick()
