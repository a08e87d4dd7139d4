# expect: writes=yes reads=no risk=low approval=yes
# why: `(a, b) = fams = make()` and `work = copy.copy(rows)` of helpers' lists: the names and the shallow copy share the inner lists, so what is appended through them is put through the originals (red-team round 26b)
import copy, epics
def make():
    return list(), list()
(a, b) = fams = make()
b.append(epics.PV('SR:VCM1:SP'))
fams[1][0].put(0.0)
rows = [list(), list()]
work = copy.copy(rows)
work[1].append(epics.PV('SR:QF1:SP'))
rows[1][0].put(1.0)
