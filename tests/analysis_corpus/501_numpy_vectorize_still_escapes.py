# expect: writes=yes reads=no risk=low approval=yes
# why: np.vectorize applies the callable it is given: a PV's bound put handed to it writes
import numpy as np
import epics
pv = epics.PV('SR:QF1:I')
np.vectorize(pv.put)([1.0, 2.0])
results = {}
