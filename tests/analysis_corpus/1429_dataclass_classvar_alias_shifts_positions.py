# expect: writes=yes reads=no risk=low approval=yes
# why: ClassVar imported under another name makes a class variable, no __init__ parameter (round 47, helper V)
from dataclasses import dataclass
from typing import ClassVar as Shared
import epics
@dataclass
class ScanConfig:
    simulate: Shared[bool] = True
    dry_run: bool = True
cfg = ScanConfig(False)
if not cfg.dry_run:
    epics.caput("SR:CV:ALIAS", 1)
results = {"dry_run": cfg.dry_run}
