# expect: writes=yes reads=no risk=low approval=yes
# why: an ophyd device's signals listed as pairs, through dict() (red-team round 11)
from ophyd import EpicsMotor
m = EpicsMotor('BL7:M3', name='m3')
sigs = dict(m.get_instantiated_signals())
sigs['user_offset'].put(0.0)
results = {}
