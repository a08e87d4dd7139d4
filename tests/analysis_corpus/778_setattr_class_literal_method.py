# expect: writes=yes reads=no risk=low approval=yes
# why: setattr(Holder, 'kick', Tuner.kick) with a literal name: the method runs with a Holder as self, the walk keeps self as Tuner (missed write) (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class Tuner:
    def __init__(self): self.dev = None
    def kick(self): self.dev.set(1)
setattr(Holder, 'kick', Tuner.kick)
Holder().kick()
