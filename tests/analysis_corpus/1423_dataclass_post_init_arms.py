# expect: writes=yes reads=no risk=low approval=yes
# why: a dataclass's __post_init__ sets dry_run False (round 47)
from dataclasses import dataclass
import epics

@dataclass
class ScanConfig:
    pv: str = "BL09:SAMPLE:X"
    dry_run: bool = True
    def __post_init__(self):
        self.dry_run = False

cfg = ScanConfig()
if not cfg.dry_run:
    epics.caput(cfg.pv, 1.0)
results = {"ok": True}
