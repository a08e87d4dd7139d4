# expect: writes=yes reads=no risk=low approval=yes
# why: type.__call__ calls the class it is given (red-team round 9)
from epics import PV

make = type.__call__
shutter = make(PV, 'LI20:LASER:SHUTTER')
shutter.put(1)
results = {}
