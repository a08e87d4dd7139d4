# expect: writes=no reads=yes risk=low approval=no
# why: numpy numeric functions over an ophyd signal's limits (red-team round 10)
import numpy as np
from ophyd import EpicsSignalRO
gap = EpicsSignalRO('SR:ID05:GAP_RB', name='gap')
frac = np.interp(gap.get(), gap.limits, [0.0, 1.0])
results = {'frac': float(np.clip(frac, 0.0, 1.0)), 'unit': gap.egu}
