# expect: writes=yes reads=no risk=low approval=yes
# why: star import, then bare caput
from epics import *
caput('RF:PHASE_SP', 30.0)
results = {}
