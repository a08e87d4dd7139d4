# expect: writes=yes reads=no risk=low approval=yes
# why: the plain module-qualified write
import epics
epics.caput('MAG:QF1:CURRENT_SP', 12.5, wait=True)
results = {'done': True}
