# expect: writes=yes reads=no risk=low approval=yes
# why: bluesky RE(bps.mv(motor, v)): the plan stub and the RunEngine call both write (round 6)
from bluesky import RunEngine
import bluesky.plan_stubs as bps
from ophyd import EpicsMotor

RE = RunEngine({})
m = EpicsMotor('BL:SLIT1:HGAP', name='hgap')
RE(bps.mv(m, 0.05))
results = {}
