# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: attrgetter('pvname', 'units', 'precision') builds a display table (round 6)
import operator
import epics

pvs = [epics.PV(n, form='ctrl') for n in ('SR:DCCT:CURRENT', 'SR:RF:FREQ', 'SR:LIFETIME')]
describe = operator.attrgetter('pvname', 'units', 'precision')
rows = [describe(p) + (p.get(timeout=2.0),) for p in pvs]
for name, units, prec, value in rows:
    print(f'{name:20s} {value:.{prec or 3}f} {units}')
results = {'rows': rows}
