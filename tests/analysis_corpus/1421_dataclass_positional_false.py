# expect: writes=yes reads=no risk=low approval=yes
# why: a frozen dataclass given False at the field's position (round 47)
from dataclasses import dataclass
import epics

@dataclass(frozen=True)
class ScanConfig:
    pv: str
    dry_run: bool = True

cfg = ScanConfig("BL09:SAMPLE:X", False)
if not cfg.dry_run:
    epics.caput(cfg.pv, 1.0)
results = {"ok": True}
