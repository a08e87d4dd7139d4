# expect: writes=yes reads=no risk=low approval=yes
# why: a partial's keywords filled in after it was made (red-team round 9)
import functools
from epics import PV

def ramp_to(value, target=None):
    target.put(value)

ramp = functools.partial(ramp_to, target=None)
ramp.keywords['target'] = PV('LI20:SOL:BDES')
ramp(0.8)
results = {}
