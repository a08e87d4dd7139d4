# expect: writes=yes reads=no risk=low approval=yes
# why: an Enum member's property makes a PV; Sp.A.pv.value is a write
import enum
import epics
class Sp(str, enum.Enum):
    A = 'X:Y'
    @property
    def pv(self):
        return epics.PV(self.value)
Sp.A.pv.value = 8.0
results = {}
