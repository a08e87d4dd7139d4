# expect: writes=yes reads=no risk=low approval=yes
# why: PV from get_pv, written with .put
from epics import get_pv
p = get_pv('MAG:QF1:CURRENT_SP')
p.put(3.0)
results = {}
