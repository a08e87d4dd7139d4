# expect: writes=yes reads=no risk=low approval=yes
# why: object.__getattribute__(epics, 'caput') is getattr spelled through the object model
import epics
object.__getattribute__(epics, 'caput')('X:Y', 1)
results = {}
