# expect: writes=no reads=no risk=low approval=no
# why: ophyd.sim objects are simulated hardware (red-team rounds 9 and 10)
from ophyd.sim import det, motor
motor.set(1.0)
results = {'det': det.get(), 'motor': motor.position}
