# expect: writes=no reads=no risk=low approval=no
# why: look-alike: bool() of the builtin around a settings dict's dry_run True (round 47, helper Q)
import epics
CONFIG = {"dry_run": True}
if bool(CONFIG["dry_run"]):
    print("dry")
else:
    epics.caput("SR:RF:AMP", 2.0)
results = {"dry_run": CONFIG.get("dry_run")}
