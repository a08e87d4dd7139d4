# expect: writes=yes reads=no risk=low approval=yes
# why: a slice's bounds are its `start`/`stop`/`step`: a PV as a slice bound reaches a local `__setitem__` (red-team round 32; missed before)
from epics import PV
class Ramp:
    def __setitem__(self, span, value):
        span.start.value = value
Ramp()[PV("SR:C01:QF:SP"):10] = 1.0
