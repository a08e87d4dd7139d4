# expect: writes=yes reads=no risk=low approval=yes
# why: map(operator.attrgetter('put'), pvs) hands out bound put methods, then called
import operator, epics
pvs = [epics.PV('A'), epics.PV('B')]
for put in map(operator.attrgetter('put'), pvs):
    put(1)
