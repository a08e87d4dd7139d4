# expect: writes=yes reads=no risk=low approval=yes
# why: a settings dict handed to a helper that clears dry_run: the write runs (round 47)
import epics
CONFIG = {"dry_run": True}
def arm(c):
    c["dry_run"] = False
arm(CONFIG)
if not CONFIG["dry_run"]:
    epics.caput("SR:A", 1.0)
results = {"ok": True}
