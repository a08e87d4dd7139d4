# expect: writes=yes reads=no risk=low approval=yes
# why: object.__getstate__() of one instance (its __dict__) restored into an instance of an unrelated class with __dict__.update; __getstate__ gives nothing to the walk, so no finding and View's dev stays None (missed write) (round 19)
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
