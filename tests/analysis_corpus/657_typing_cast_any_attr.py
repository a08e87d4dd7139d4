# expect: writes=no reads=yes risk=low approval=no
# why: typing.cast(T, x) is modelled as returning T too, so an attribute set on the result "replaces typing.Any.current" (high) (round 15 false alarm)
from typing import Any, cast
import epics
class Cfg:
    pass
cfg = cast(Any, Cfg())
cfg.current = epics.caget("SR:DCCT:Current")
results = {"current": cfg.current}
