# expect: writes=yes reads=no risk=low approval=yes
# why: `for pv, value in setpoints.items()` where the keys are PVs
import epics
setpoints = {epics.PV('SR:A'): 1.0}
for pv, value in setpoints.items():
    pv.value = value
results = {}
