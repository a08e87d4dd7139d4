# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a settings dict printed for the log still holds dry_run True (round 47, helper Q)
import epics
CONFIG = {"dry_run": True, "amp": 2.0}
print("running with", CONFIG)
if not CONFIG["dry_run"]:
    epics.caput("SR:RF:AMP", CONFIG["amp"])
results = {"dry_run": CONFIG["dry_run"]}
