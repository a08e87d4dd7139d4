# expect: writes=yes reads=no risk=low approval=yes
# why: a plain dataclass constructed with dry_run=False: the write runs (round 47)
from dataclasses import dataclass
import epics

@dataclass
class ScanConfig:
    pv: str = "BL09:SAMPLE:X"
    dry_run: bool = True

cfg = ScanConfig(dry_run=False)
if not cfg.dry_run:
    epics.caput(cfg.pv, 1.0)
results = {"ok": True}
