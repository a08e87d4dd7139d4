# expect: writes=yes reads=no risk=low approval=yes
# why: dataclasses.make_dataclass(..., bases=(Holder, Tuner)) makes a class joining two unrelated local classes; the call is not one of the shared-switch triggers (ABCMeta.__new__ and types.prepare_class(...)[0](...) behave the same) (round 19)
import dataclasses
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class Tuner:
    def __init__(self): self.dev = None
    def kick(self): self.dev.set(1)
M = dataclasses.make_dataclass('M', [], bases=(Holder, Tuner), init=False)
M().kick()
