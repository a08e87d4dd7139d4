# expect: writes=yes reads=no risk=low approval=yes
# why: for f in fields(c): getattr(c, f.name).value = 0 (dataclass of PVs) (red-team round 6)
from dataclasses import dataclass, fields
import epics

@dataclass
class Correctors:
    h1: epics.PV
    h2: epics.PV

c = Correctors(epics.PV('SR:HCM1:SP'), epics.PV('SR:HCM2:SP'))
for f in fields(c):
    getattr(c, f.name).value = 0.0
results = {}
