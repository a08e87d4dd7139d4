# expect: writes=yes reads=no risk=low approval=yes
# why: `pv + R()` calls the local class's __radd__ with the PV
import epics
class R:
    def __radd__(self, other):
        other.value = 5.0
        return 0
pv = epics.PV('X:Y')
pv + R()
results = {}
