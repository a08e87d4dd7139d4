# expect: writes=yes reads=no risk=low approval=yes
# why: dataclasses imported under another name and its replace called through it (round 47)
import dataclasses as dc
import epics

@dc.dataclass
class ScanConfig:
    pv: str = "BL09:SAMPLE:X"
    dry_run: bool = True

cfg = dc.replace(ScanConfig(), dry_run=False)
if not cfg.dry_run:
    epics.caput(cfg.pv, 1.0)
results = {"ok": True}
