# expect: writes=yes reads=no risk=low approval=yes
# why: map(epics.PV, names) makes PVs; the loop assigns .value
import epics
for p in map(epics.PV, ['X:Y']):
    p.value = 1
results = {}
