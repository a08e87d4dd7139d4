# expect: writes=yes reads=no risk=low approval=yes
# why: setattr(pv, 'value', x) on an epics.PV
import epics
pv = epics.PV('MAG:QF1:CURRENT_SP')
setattr(pv, 'value', 5.0)
results = {}
