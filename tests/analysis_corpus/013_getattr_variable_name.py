# expect: writes=yes reads=no risk=high approval=n/a
# why: getattr with a name from data on epics: unverifiable, high risk
import epics
config = {'action': 'caput'}
getattr(epics, config['action'])('MAG:QF1:CURRENT_SP', 10.0)
results = {}
