# expect: writes=yes reads=no risk=low approval=yes
# why: type.__new__(type, 'M', (Holder, Tuner), {}) makes a class joining two unrelated local classes; unlike type(n, b, ns) it does not trip the shared switch (evasion) (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class Tuner:
    def __init__(self): self.dev = None
    def kick(self): self.dev.set(1)
M = type.__new__(type, 'M', (Holder, Tuner), {})
M().kick()
