# expect: writes=yes reads=no risk=low approval=yes
# why: getattr with a literal name resolves to caput: a verifiable write
import epics
getattr(epics, 'caput')('MAG:QF1:CURRENT_SP', 10.0)
results = {}
