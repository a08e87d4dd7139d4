# expect: writes=yes reads=no risk=low approval=yes
# why: PVs made in a comprehension, written with .put in a loop
import epics
names = ['A:SP', 'B:SP', 'C:SP']
pvs = [epics.PV(n) for n in names]
for p in pvs:
    p.put(0)
results = {}
