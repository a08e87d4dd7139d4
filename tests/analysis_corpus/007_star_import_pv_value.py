# expect: writes=yes reads=no risk=low approval=yes
# why: star import, PV made bare, written through .value
from epics import *
phase = PV('RF:PHASE_SP')
phase.value = 30.0
results = {}
