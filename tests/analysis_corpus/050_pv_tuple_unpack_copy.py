# expect: writes=yes reads=yes risk=low approval=yes
# why: PVs through tuple unpacking; one value copied to the other
import epics
a, b = epics.PV('A:RB'), epics.PV('B:SP')
b.value = a.value
results = {}
