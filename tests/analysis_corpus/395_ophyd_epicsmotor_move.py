# expect: writes=yes reads=no risk=low approval=yes
# why: ophyd EpicsMotor.move(v, wait=True) (round 6)
from ophyd import EpicsMotor

m = EpicsMotor('BL:SLIT1:HGAP', name='hgap')
m.move(0.05, wait=True)
results = {}
