# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: Generic reader typed with a TypeVar bound to epics.PV. (red-team round 7)
from typing import TypeVar, Sequence
import epics

P = TypeVar('P', bound=epics.PV)

def first_connected(pvs: Sequence[P]) -> P:
    return next(p for p in pvs if p.connected)

bpms = [epics.PV(f'SR:BPM{i}:X') for i in range(1, 4)]
results = {'x': first_connected(bpms).get()}
