# expect: writes=yes reads=no risk=low approval=yes
# why: attribute assignment `pv.value = 4` on an epics.PV
import epics
pv = epics.PV('MAG:QF1:CURRENT_SP')
pv.value = 4
results = {}
