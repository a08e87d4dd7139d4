# expect: writes=yes reads=no risk=low approval=yes
# why: optparse.Values._update_loose merges a dict into the instance's attributes (round 47, helper V)
import optparse
from dataclasses import dataclass
import epics
@dataclass
class ScanConfig:
    dry_run: bool = True
    step: float = 0.01
saved = {"dry_run": False, "step": 0.02}
cfg = ScanConfig()
optparse.Values._update_loose(cfg, saved)
if not cfg.dry_run:
    epics.caput("SR:VALUES:LOOSE", cfg.step)
results = {"step": cfg.step}
