# expect: writes=yes reads=no risk=high approval=n/a
# why: object.__getstate__() of one instance (its __dict__) restored into an instance of an unrelated class with __dict__.update; since round 46 __getstate__ gives the fields, as __dict__ does, so binding a device into another object's attributes by name fails analysis, as __dict__.update(vars(h)) does (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class View:
    def __init__(self): self.dev = None
    def restore(self, st): self.__dict__.update(st)
    def kick(self): self.dev.set(1)
v = View()
v.restore(Holder().__getstate__())
v.kick()
