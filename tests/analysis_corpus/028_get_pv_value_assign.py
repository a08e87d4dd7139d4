# expect: writes=yes reads=no risk=low approval=yes
# why: PV from epics.get_pv, written through .value
import epics
p = epics.get_pv('MAG:QF1:CURRENT_SP')
p.value = 2.0
results = {}
