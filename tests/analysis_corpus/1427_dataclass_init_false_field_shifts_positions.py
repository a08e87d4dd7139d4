# expect: writes=yes reads=no risk=low approval=yes
# why: a field with init=False declared first is no __init__ parameter, so the first positional argument is dry_run (round 47, helper V)
from dataclasses import dataclass, field
import epics
@dataclass
class ScanConfig:
    started: bool = field(default=False, init=False)
    dry_run: bool = True
cfg = ScanConfig(False)
if not cfg.dry_run:
    epics.caput("SR:INIT:FALSE", 1)
results = {"dry_run": cfg.dry_run}
