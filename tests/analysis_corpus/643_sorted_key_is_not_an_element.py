# expect: writes=yes reads=no risk=low approval=yes
# why: sorted(..., key=str) gives the elements, not str: setting .value on one is a write, not a patch of builtins.str (round 15 false high)
import epics
class Seq:
    def __iter__(self):
        return iter([epics.PV("X:A")])
for pv in sorted(Seq(), key=str):
    pv.value = 1.0
results = {}
