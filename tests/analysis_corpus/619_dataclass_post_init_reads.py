# expect: writes=no reads=yes risk=low approval=no
# why: a dataclass __post_init__ that keeps a PV and reads it (round 14 false alarm)
from dataclasses import dataclass
import epics


@dataclass
class Reading:
    name: str
    value: float = 0.0

    def __post_init__(self):
        self.pv = epics.PV(self.name)
        self.value = self.pv.get()


r = Reading("SR:DCCT:Current")
results = {"i": r.value}
