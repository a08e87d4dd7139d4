# expect: writes=yes reads=no risk=low approval=yes
# why: a kw_only field listed first moves to the end of __init__, so the first positional argument is dry_run (round 47, helper V)
from dataclasses import dataclass, field
import epics
@dataclass
class ScanConfig:
    verbose: bool = field(default=False, kw_only=True)
    dry_run: bool = True
cfg = ScanConfig(False)
if not cfg.dry_run:
    epics.caput("SR:KW:SHIFT", 1)
results = {"dry_run": cfg.dry_run}
