# expect: writes=yes reads=no risk=low approval=yes
# why: cfg.__init__(dry_run=False) runs the generated __init__ again on the instance (round 47, helper V)
from dataclasses import dataclass
import epics
@dataclass
class ScanConfig:
    dry_run: bool = True
cfg = ScanConfig()
cfg.__init__(dry_run=False)
if not cfg.dry_run:
    epics.caput("SR:REINIT2:LIVE", 1)
results = {"dry_run": cfg.dry_run}
