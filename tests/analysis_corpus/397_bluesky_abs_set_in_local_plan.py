# expect: writes=yes reads=no risk=low approval=yes
# why: bluesky yield from abs_set(sig, v) in a local plan run by RE (round 6)
from bluesky import RunEngine
from bluesky.plan_stubs import abs_set
from ophyd import EpicsSignal

RE = RunEngine({})
sp = EpicsSignal('SR:QF1:CURRENT_SP', name='qf1')

def ramp():
    for v in (10.0, 11.0, 12.0):
        yield from abs_set(sp, v, wait=True)

RE(ramp())
results = {}
