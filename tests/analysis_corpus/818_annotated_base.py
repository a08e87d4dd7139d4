# expect: writes=yes reads=no risk=low approval=yes
# why: a base written as typing.Annotated[LocalClass, ...] is treated as a library generic (exempt from the shared switch) but its __mro_entries__ gives the local class, whose family is never joined with the mixin's; self.sp reads only the mixin's family (missed write; regression vs 59b960d) (round 19)
from typing import Annotated
from ophyd import EpicsSignal
class Hardware:
    def __init__(self):
        self.sp = EpicsSignal('SR:PS1:SP')
class RampMixin:
    def __init__(self):
        self.sp = None
    def ramp(self, v):
        self.sp.set(v)
class Magnet(Annotated[Hardware, 'hw'], RampMixin):
    pass
Magnet().ramp(1.0)
