# expect: writes=yes reads=no risk=low approval=yes
# why: a lambda bound in a class body is a method; `self.pv.put(v)` on the instance's epics.PV writes (missed) (evasion-ish, round 19)
import epics

class Trim:
    def __init__(self, name):
        self.pv = epics.PV(name)
    apply = lambda self, v: self.pv.put(v, wait=True)

Trim("SR:QF1:TRIM:SP").apply(0.2)
results = {"applied": 0.2}
