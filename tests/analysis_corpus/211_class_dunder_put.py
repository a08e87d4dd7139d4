# expect: writes=yes reads=no risk=low approval=yes
# why: pv.__class__.put(pv, 5) is PV.put through the class
import epics
pv = epics.PV('X:Y')
pv.__class__.put(pv, 5)
results = {}
