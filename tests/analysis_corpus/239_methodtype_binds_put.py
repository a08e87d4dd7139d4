# expect: writes=yes reads=no risk=low approval=yes
# why: types.MethodType binds PV.put to a PV
import epics, types
p = epics.PV('X:Y')
types.MethodType(epics.PV.put, p)(1)
results = {}
