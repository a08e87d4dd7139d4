# expect: writes=yes reads=no risk=low approval=yes
# why: a generator yields PVs; the loop over it assigns .value
import epics
def pvs(names):
    for n in names:
        yield epics.PV(n)
for p in pvs(['X:Y', 'X:Z']):
    p.value = 0
results = {}
