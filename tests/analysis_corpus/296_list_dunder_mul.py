# expect: writes=yes reads=no risk=low approval=yes
# why: pvs.__mul__(1)[0] loses the PV (unknown container method returns Plain)
from epics import PV
magnets = [PV("QUAD:01:SETPT")]
m = magnets.__mul__(1)[0]
m.value = 1.5
results = {}
