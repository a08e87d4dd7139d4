# expect: writes=yes reads=no risk=low approval=yes
# why: writes as side effects of a list comprehension
import epics
pvs = [epics.PV(n) for n in ('A:SP', 'B:SP')]
[pv.put(0.0) for pv in pvs]
results = {}
