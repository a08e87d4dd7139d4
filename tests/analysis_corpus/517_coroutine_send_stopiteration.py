# expect: writes=yes reads=no risk=low approval=yes
# why: a coroutine driven by send(None) returns through StopIteration (red-team round 9)
from epics import PV

async def connect(name):
    return PV(name)

try:
    connect('LI20:KICK:AMP').send(None)
except StopIteration as e:
    kicker = e.value
kicker.put(0.0)
results = {}
