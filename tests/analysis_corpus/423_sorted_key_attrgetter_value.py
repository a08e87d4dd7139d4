# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: sorted(pvs, key=attrgetter('value')) reads values to order
import operator, epics
pvs = [epics.PV('A'), epics.PV('B')]
top = sorted(pvs, key=operator.attrgetter('value'))
print([p.pvname for p in top])
