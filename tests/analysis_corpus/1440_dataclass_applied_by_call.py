# expect: writes=yes reads=no risk=low approval=yes
# why: dataclass(Settings) as a call gives a plain class an __init__ that overrides the class default (round 47, helper W)
from dataclasses import dataclass
import epics
class Settings:
    dry_run: bool = True
    gain: float = 0.2
dataclass(Settings)
s = Settings(dry_run=False)
if not s.dry_run:
    epics.caput("SR:FB:GAIN", s.gain)
results = {"dry_run": s.dry_run}
