# expect: writes=yes reads=no risk=low approval=yes
# why: a typing.NamedTuple class keeps a PV as a field
import epics
from typing import NamedTuple
class T(NamedTuple):
    p: object
T(epics.PV('X:Y')).p.value = 1
results = {}
