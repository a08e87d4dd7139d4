# expect: writes=yes reads=no risk=high approval=n/a
# why: importlib with a computed name, then caput: high risk
import importlib
m = importlib.import_module('ep' + 'ics')
m.caput('MAG:QF1:CURRENT_SP', 1.0)
results = {}
