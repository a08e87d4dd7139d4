# expect: writes=yes reads=yes risk=low approval=yes
# why: ophyd motor subscribe obj move (red-team round 8)
from ophyd import EpicsMotor
m = EpicsMotor('BL:M1', name='m1')
def back_off(value=None, obj=None, **kw):
    obj.move(value - 0.5, wait=False)
m.subscribe(back_off, run=True)
results = {}
