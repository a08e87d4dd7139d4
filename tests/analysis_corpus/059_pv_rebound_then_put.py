# expect: writes=yes reads=no risk=low approval=yes
# why: a PV re-bound to another name, then .put
import epics
p = epics.PV('MAG:QF1:CURRENT_SP')
q = p
q.put(2.0)
results = {}
