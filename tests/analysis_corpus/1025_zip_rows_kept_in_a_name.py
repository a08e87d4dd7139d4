# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: rows of `zip(pvs, records)` kept in a name (`pairs = list(zip(...))`, `zip(...)`) keep each position apart, so `rec.value = ...` is the local record's, not the PV's (red-team round 31; a false write before)
from dataclasses import dataclass
import epics
@dataclass
class Reading:
    name: str
    value: float = 0.0
names = ["SR:BPM1:X", "SR:BPM2:X"]
pvs = [epics.PV(n) for n in names]
records = [Reading(n) for n in names]
pairs = list(zip(pvs, records))
for pv, rec in pairs:
    rec.value = pv.get()
again = zip(pvs, records)
for pv, rec in again:
    rec.value = rec.value + pv.get()
results = {r.name: r.value for r in records}
