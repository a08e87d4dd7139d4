# expect: writes=yes reads=yes risk=low approval=yes
# why: ophyd subscribe obj put (red-team round 8)
from ophyd import EpicsSignal
sig = EpicsSignal('SR:QF1:I', name='qf1')
def snap(value=None, obj=None, **kw):
    obj.put(round(value, 3))
sig.subscribe(snap)
results = {}
