# expect: writes=yes reads=no risk=low approval=yes
# why: PVs made in a comprehension, written through .value in a loop
import epics
names = ['A:SP', 'B:SP', 'C:SP']
pvs = [epics.PV(n) for n in names]
for p in pvs:
    p.value = 0
results = {}
