# expect: writes=yes reads=no risk=low approval=yes
# why: pv.__setattr__('value', 5) is pv.value = 5
import epics
pv = epics.PV('X:Y')
pv.__setattr__('value', 5)
results = {}
