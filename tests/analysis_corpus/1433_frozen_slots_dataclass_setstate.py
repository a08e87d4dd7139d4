# expect: writes=yes reads=no risk=low approval=yes
# why: a frozen slots dataclass restored in place by __setstate__ (round 47, helper V)
from dataclasses import dataclass
import epics
@dataclass(frozen=True, slots=True)
class ScanConfig:
    dry_run: bool = True
cfg = ScanConfig()
cfg.__setstate__([False])
if not cfg.dry_run:
    epics.caput("SR:SETSTATE:LIVE", 1)
results = {"dry_run": cfg.dry_run}
