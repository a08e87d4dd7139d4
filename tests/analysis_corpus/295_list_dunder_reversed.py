# expect: writes=yes reads=no risk=low approval=yes
# why: next(pvs.__reversed__()) loses the PV (unknown container method returns Plain)
from epics import PV
magnets = [PV("QUAD:01:SETPT")]
m = next(magnets.__reversed__())
m.put(1.5)
results = {}
