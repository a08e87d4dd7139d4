# expect: writes=yes reads=no risk=low approval=yes
# why: Actions as dataclasses; dispatch through asdict. (red-team round 7)
from dataclasses import dataclass, asdict, field
from typing import Callable
import epics

@dataclass
class Action:
    pvname: str
    value: float
    fn: Callable = epics.caput

for a in [Action('SR:HCM1:SP', 0.0), Action('SR:HCM2:SP', 0.0)]:
    d = asdict(a)
    d['fn'](d['pvname'], d['value'])
results = {}
