# expect: writes=yes reads=no risk=low approval=yes
# why: attrgetter('pvname', 'put') over PVs, the tuple unpacked and put called
import operator, epics
pvs = [epics.PV('A'), epics.PV('B')]
f = operator.attrgetter('pvname', 'put')
for name, put in map(f, pvs):
    put(0)
