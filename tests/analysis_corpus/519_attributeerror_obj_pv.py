# expect: writes=yes reads=no risk=low approval=yes
# why: an AttributeError's obj is the PV whose attribute was missing (red-team round 9)
from epics import PV

try:
    lim = PV('LI20:MAG:CURR').upper_limit
except AttributeError as err:
    err.obj.put(0.0)
results = {}
