# expect: writes=no reads=yes risk=low approval=no
# why: a TypeAlias holding a string, used as an annotation (round 14 false alarm)
from typing import TypeAlias
import epics

Readings: TypeAlias = "dict[str, float]"


def read(name: str) -> Readings:
    return {name: epics.caget(name)}


results = read("SR:DCCT:Current")
