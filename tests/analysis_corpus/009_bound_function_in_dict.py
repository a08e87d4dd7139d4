# expect: writes=yes reads=no risk=low approval=yes
# why: the write function stored in a dict and called through it
import epics
ops = {'set': epics.caput, 'get': epics.caget}
ops['set']('MAG:QF1:CURRENT_SP', 10.0)
results = {}
