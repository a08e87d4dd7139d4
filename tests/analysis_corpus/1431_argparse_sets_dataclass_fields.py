# expect: writes=yes reads=no risk=low approval=yes
# why: parse_args(namespace=cfg) sets the dataclass instance's fields from the command line (round 47, helper V)
import argparse
from dataclasses import dataclass
import epics
@dataclass
class ScanConfig:
    dry_run: bool = True
    gain: float = 0.5
cfg = ScanConfig()
parser = argparse.ArgumentParser()
parser.add_argument("--live", dest="dry_run", action="store_false")
parser.parse_args(["--live"], namespace=cfg)
if not cfg.dry_run:
    epics.caput("SR:ARGNS:GAIN", cfg.gain)
results = {"dry_run": cfg.dry_run}
