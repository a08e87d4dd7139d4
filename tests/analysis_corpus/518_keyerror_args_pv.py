# expect: writes=yes reads=no risk=low approval=yes
# why: the missing key of a KeyError is the PV used as the key (red-team round 9)
from epics import PV

safe_values = {}
heater = PV('LI20:HTR:PWR')
try:
    target = safe_values[heater]
except KeyError as missing:
    missing.args[0].put(0.0)
results = {}
