# expect: writes=yes reads=no risk=low approval=yes
# why: a subclass of a dataclass keeps the generated __init__'s fields (round 13)
import dataclasses, epics
@dataclasses.dataclass
class Base:
    target: object
class Step(Base):
    pass
Step(epics.PV("SR:QF1:CURRENT_SP")).target.value = 1.0
results = {}
