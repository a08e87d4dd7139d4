# expect: writes=yes reads=no risk=low approval=yes
# why: a generator of PVs stepped by `iter(partial(next, gen, None), None)` gives the PVs (red-team round 31; missed before)
from functools import partial
import epics
gen = (epics.PV(n) for n in ["SR:C01:HCM:SP", "SR:C02:HCM:SP"])
for pv in iter(partial(next, gen, None), None):
    pv.value = 0.0
