# expect: writes=yes reads=yes risk=low approval=yes
# why: bluesky RE(scan([det], motor, a, b, n)) moves the motor (round 6), and triggers and reads the detector at every point (round 17: was reads=no)
from bluesky import RunEngine
from bluesky.plans import scan
from ophyd import EpicsMotor, EpicsSignal

RE = RunEngine({})
mono = EpicsMotor('BL:MONO:ENERGY', name='energy')
i0 = EpicsSignal('BL:I0:CURRENT', name='i0')
RE(scan([i0], mono, 7100.0, 7200.0, 11))
results = {}
