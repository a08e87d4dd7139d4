# expect: writes=yes reads=no risk=low approval=yes
# why: v.__dict__ = h.__dict__ (also = vars(h)) makes v hold h's attributes; v.dev on View reads only View's family (missed write) (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class View:
    def __init__(self): self.dev = None
    def kick(self): self.dev.set(1)
h = Holder(); v = View()
v.__dict__ = h.__dict__
v.kick()
