# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a plain dataclass's dry_run field defaults True and every construction leaves it (round 47, helper R)
from dataclasses import dataclass
import epics

@dataclass
class ScanConfig:
    pv: str = "BL09:SAMPLE:X"
    dry_run: bool = True

def run(cfg: ScanConfig):
    if cfg.dry_run:
        print("would move", cfg.pv)
        return
    epics.caput(cfg.pv, 1.0)

run(ScanConfig())
results = {"ok": True}
