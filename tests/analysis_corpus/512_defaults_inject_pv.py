# expect: writes=yes reads=no risk=low approval=yes
# why: __defaults__ replaced with a PV, on a function and on a method (red-team round 9)
from epics import PV

def apply_trim(value, target=None):
    target.put(value)

class Knob:
    def apply(self, v, pv=None):
        pv.put(v)

apply_trim.__defaults__ = (PV('LI20:Q1:BTRM'),)
apply_trim(0.05)
Knob.apply.__defaults__ = (PV('LI20:KLYS:21:ADES'),)
Knob().apply(90.0)
results = {}
