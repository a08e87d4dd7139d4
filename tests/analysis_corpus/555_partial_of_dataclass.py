# expect: writes=yes reads=no risk=low approval=yes
# why: functools.partial(Dataclass, pv)() stores the bound argument as a field (round 13)
import dataclasses, functools, epics
@dataclasses.dataclass
class Step:
    target: object
functools.partial(Step, epics.PV("SR:QF1:CURRENT_SP"))().target.value = 1.0
results = {}
