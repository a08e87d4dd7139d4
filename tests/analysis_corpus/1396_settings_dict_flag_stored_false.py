# expect: writes=yes reads=no risk=low approval=yes
# why: a settings dict's dry_run entry set False by an item store: the write runs (round 47)
import epics
CONFIG = {"dry_run": True}
CONFIG["dry_run"] = False
if not CONFIG["dry_run"]:
    epics.caput("SR:A", 1.0)
results = {"ok": True}
