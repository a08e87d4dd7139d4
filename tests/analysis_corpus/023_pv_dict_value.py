# expect: writes=yes reads=no risk=low approval=yes
# why: PVs in a dict comprehension, one written by key
import epics
names = ['A:SP', 'B:SP']
pvs = {n: epics.PV(n) for n in names}
pvs['A:SP'].value = 1.5
results = {}
