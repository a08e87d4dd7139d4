# expect: writes=yes reads=no risk=low approval=yes
# why: caput passed to map()
import epics
names = ['A:SP', 'B:SP']
values = [1.0, 2.0]
list(map(epics.caput, names, values))
results = {}
