# expect: writes=no reads=no risk=low approval=no
# why: look-alike: is_dry_run() only returns True (round 47, helper R)
import epics


def is_dry_run():
    return True


if not is_dry_run():
    epics.caput("SR:KICKER:K1:Amp", 0.9)
results = {"dry": is_dry_run()}
