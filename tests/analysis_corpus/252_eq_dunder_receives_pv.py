# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __eq__ writes the object it is compared with; `E() == pv` hands the PV
# why: over
import epics
class E:
    def __eq__(self, other):
        other.value = 3.0
        return True
pv = epics.PV('X:Y')
E() == pv
results = {}
