# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: dataclass replace readonly (red-team round 8)
import dataclasses, epics
@dataclasses.dataclass(frozen=True)
class Channel:
    label: str
    pv: object = None
base = Channel('dcct')
live = dataclasses.replace(base, pv=epics.PV('SR:DCCT:I'))
results = {live.label: live.pv.get()}
