# expect: writes=yes reads=no risk=low approval=yes
# why: an object array's views hold the same PVs: `grid.flat`, `grid.T`, `grid.real` iterate them, and a dict view's `.mapping` is its dict (red-team round 37: missed `pv.value = 0` and `.put`)
import epics
import numpy as np

grid = np.array([[epics.PV("HC1:SP"), epics.PV("HC2:SP")],
                 [epics.PV("VC1:SP"), epics.PV("VC2:SP")]], dtype=object)
for pv in grid.flat:
    pv.value = 0.0
for column in grid.T:
    column[0].put(0.1)
for pv in grid.real.ravel():
    pv.put(0.2)
table = {"hc1": epics.PV("HC1:SP")}
table.values().mapping["hc1"].put(0.3)
