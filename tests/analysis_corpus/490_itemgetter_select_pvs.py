# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: itemgetter select pvs (red-team round 8)
import operator, epics
pvs = {n: epics.PV('SR:' + n + ':I') for n in ('QF1', 'QD1', 'QF2')}
qf1, qd1 = operator.itemgetter('QF1', 'QD1')(pvs)
results = {'qf1': qf1.get(), 'qd1': qd1.get()}
