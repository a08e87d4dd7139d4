# expect: writes=no reads=yes risk=low approval=no
# why: ophyd motor limits are settings; round/abs/math.isclose compute, they call nothing (red-team round 10)
import math
from ophyd import EpicsMotor
m = EpicsMotor('BL11:KBV:PITCH', name='kbv_pitch')
lo, hi = m.limits
results = {'to_low': round(m.position - lo, 4), 'span': abs(hi - lo),
           'at_low': math.isclose(m.position, lo, abs_tol=1e-3)}
