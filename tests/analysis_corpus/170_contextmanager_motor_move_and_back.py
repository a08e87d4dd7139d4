# expect: writes=yes reads=yes risk=low approval=yes
# why: a contextlib.contextmanager moves an epics.Motor, yields, and moves it back in
# why: `finally`; the body reads a flux PV with caget
import time
from contextlib import contextmanager

from epics import Motor, caget


@contextmanager
def temporarily_moved(motor, position):
    home = motor.get_position()
    motor.move(position, wait=True)
    try:
        yield motor
    finally:
        motor.move(home, wait=True)


slit = Motor('BL:SLIT1:HGAP')
with temporarily_moved(slit, 0.05):
    time.sleep(1.0)
    flux = caget('BL:I0:CURRENT')

results = {'flux_narrow_slit': flux}
