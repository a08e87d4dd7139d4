# expect: writes=yes reads=no risk=low approval=yes
# why: case Step(t, v): positional captures through a dataclass's __match_args__ (red-team round 6)
import epics
from dataclasses import dataclass

@dataclass
class Step:
    target: object
    value: float

def run(step):
    match step:
        case Step(t, v):
            t.value = v

run(Step(epics.PV('SR:QF1:CURRENT_SP'), 12.5))
results = {}
