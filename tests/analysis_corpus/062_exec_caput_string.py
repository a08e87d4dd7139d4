# expect: writes=yes reads=no risk=high approval=n/a
# why: a caput hidden in a string run by exec: high risk
import epics
exec("epics.caput('MAG:QF1:CURRENT_SP', 1.0)")
results = {}
