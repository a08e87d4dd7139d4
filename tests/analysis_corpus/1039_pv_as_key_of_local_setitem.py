# expect: writes=yes reads=no risk=low approval=yes
# why: a PV used as the key of an item store on a local class reaches its `__setitem__`'s key parameter (red-team round 32; missed before)
from epics import PV
class Plan:
    def __setitem__(self, pv, value):
        pv.value = value
plan = Plan()
plan[PV("SR:C01:QF:SP")] = 1.0
