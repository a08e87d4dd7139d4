# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a bluesky plan that only reads with bps.rd
import bluesky.plan_stubs as bps
from ophyd import EpicsSignalRO

i0 = EpicsSignalRO('BL:I0:CURRENT', name='i0')

def sample():
    value = yield from bps.rd(i0)
    return value

results = {'plan': repr(sample())}
