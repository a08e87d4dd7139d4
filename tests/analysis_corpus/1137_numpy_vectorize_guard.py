# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1136: a vectorized local function that writes, as a decorator or through `frompyfunc`, writes each element (red-team round 38)
import epics
import numpy as np

pvs = np.array([epics.PV("BL05:DET:PIX0"), epics.PV("BL05:DET:PIX1")], dtype=object)


@np.vectorize
def zero(pv):
    pv.put(0)
    return 0


zero(pvs)
np.frompyfunc(lambda pv, v: pv.put(v), 2, 1)(pvs, 3)
results = {}
