# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a settings mode tested against a tuple of live modes it is not among (round 47, helper Q)
import epics
CONFIG = {"mode": "shadow"}
if CONFIG["mode"] in ("live", "commissioning"):
    epics.caput("SR:RF:AMP", 2.0)
results = {"dry_run": CONFIG.get("dry_run")}
