# expect: writes=yes reads=no risk=low approval=yes
# why: a class decorator returning type(cls.__name__, (cls, Holder), {}) mixes Holder into Tuner; the family of Tuner stays {Tuner} (missed write) (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
def with_holder(cls):
    return type(cls.__name__, (cls, Holder), {})
@with_holder
class Tuner:
    def kick(self): self.dev.set(1)
Tuner().kick()
