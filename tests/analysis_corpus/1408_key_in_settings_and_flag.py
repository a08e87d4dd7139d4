# expect: writes=no reads=no risk=low approval=no
# why: look-alike: 'dry_run' in CONFIG and CONFIG['dry_run'], both true, so the else branch's write never runs (round 47, helper Q)
import epics
CONFIG = {"dry_run": True}
if "dry_run" in CONFIG and CONFIG["dry_run"]:
    print("dry run requested")
else:
    epics.caput("SR:RF:AMP", 2.0)
results = {"dry_run": CONFIG["dry_run"]}
