# expect: writes=yes reads=no risk=low approval=yes
# why: numpy functions are modelled as numeric (plain results), but np.concatenate hands back the PVs it was given (round 15)
import numpy as np
import epics
h = [epics.PV("SR:HC1:SP"), epics.PV("SR:HC2:SP")]
v = [epics.PV("SR:VC1:SP"), epics.PV("SR:VC2:SP")]
for pv in np.concatenate([h, v]):
    pv.value = 0.0
results = {}
