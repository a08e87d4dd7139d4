# expect: writes=yes reads=no risk=low approval=yes
# why: epics.caput.__call__(...) is a call of caput
import epics
epics.caput.__call__('X:Y', 1)
results = {}
