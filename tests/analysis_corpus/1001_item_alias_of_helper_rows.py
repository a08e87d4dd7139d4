# expect: writes=yes reads=no risk=low approval=yes
# why: `r = rows[1]` of a helper's list of lists and `h = reg['h']` of a helper's dict: the PV appended through the item is put through the table (red-team round 26b)
import epics
def make_rows(n):
    return [list() for _ in range(n)]
def make_registry():
    return {'h': []}
rows = make_rows(2)
r = rows[1]
r.append(epics.PV('SR:QF1:SP'))
rows[1][0].put(1.0)
reg = make_registry()
h = reg['h']
h.append(epics.PV('SR:HCM1:SP'))
reg['h'][0].value = 0.0
