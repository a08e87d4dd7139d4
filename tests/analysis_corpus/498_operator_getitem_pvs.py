# expect: writes=yes reads=no risk=low approval=yes
# why: operator getitem pvs (red-team round 8)
import operator, epics
pvs = [epics.PV('SR:QF1:I')]
operator.getitem(pvs, 0).put(1.0)
results = {}
