# expect: writes=yes reads=no risk=high approval=n/a
# why: getattr with a computed name (`'ca' + 'put'`) on epics: unverifiable, high risk
import epics
getattr(epics, 'ca' + 'put')('MAG:QF1:CURRENT_SP', 10.0)
results = {}
