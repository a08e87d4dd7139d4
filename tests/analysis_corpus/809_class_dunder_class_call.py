# expect: writes=yes reads=no risk=low approval=yes
# why: a class made by calling a class's metaclass through __class__ (Tuner.__class__('M', (Holder, Tuner), {})) joins two unrelated local classes without tripping the shared switch (evasion) (round 19)
from ophyd import EpicsSignal
class Holder:
    def __init__(self): self.dev = EpicsSignal('X:A')
class Tuner:
    def __init__(self): self.dev = None
    def kick(self): self.dev.set(1)
M = Tuner.__class__('M', (Holder, Tuner), {})
M().kick()
