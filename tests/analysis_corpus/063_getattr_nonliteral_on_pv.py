# expect: writes=yes reads=no risk=high approval=n/a
# why: getattr with a computed name on a PV object: unverifiable, high risk
import epics
pv = epics.PV('MAG:QF1:CURRENT_SP')
method = 'pu' + 't'
getattr(pv, method)(1.0)
results = {}
