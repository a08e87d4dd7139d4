# expect: writes=yes reads=no risk=low approval=yes
# why: a dataclass keeps a PV as a field; the field's .value is assigned
import epics
from dataclasses import dataclass
@dataclass
class H:
    pv: object
h = H(epics.PV('X:Y'))
h.pv.value = 5
results = {}
