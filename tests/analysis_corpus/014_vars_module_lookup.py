# expect: writes=yes reads=no risk=high approval=n/a
# why: `vars(module)[...]` on epics is dynamic access: high risk
import epics
vars(epics)['caput']('MAG:QF1:CURRENT_SP', 10.0)
results = {}
