# expect: writes=no reads=no risk=low approval=no
# why: a dry-run parameter whose every call leaves its literal default True returns before the write (round 46)
import epics
def apply(value, dry_run=True):
    pv = epics.PV("SR:PS1:SP")
    if dry_run:
        print("would set", value)
        return None
    pv.put(value)
apply(3.0)
results = {"applied": False}
