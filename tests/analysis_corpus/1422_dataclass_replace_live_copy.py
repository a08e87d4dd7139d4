# expect: writes=yes reads=no risk=low approval=yes
# why: dataclasses.replace makes a live copy of a dry-run config (round 47)
import dataclasses
import epics

@dataclasses.dataclass
class ScanConfig:
    pv: str = "BL09:SAMPLE:X"
    dry_run: bool = True

cfg = dataclasses.replace(ScanConfig(), dry_run=False)
if not cfg.dry_run:
    epics.caput(cfg.pv, 1.0)
results = {"ok": True}
