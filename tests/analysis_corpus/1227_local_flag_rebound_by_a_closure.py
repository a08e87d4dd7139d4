# expect: writes=yes reads=yes risk=low approval=yes
# why: the closure's nonlocal assignment is a second binding of dry_run, so the flag is not decided and the write counts (guard of the local-flag rule, round 42)
from epics import caget, caput


def main():
    dry_run = True

    def arm():
        nonlocal dry_run
        dry_run = False

    arm()
    v = caget("SR:BPM01:Gain")
    if not dry_run:
        caput("SR:BPM01:Gain", 1.0)
    return v


results = {"gain": main()}
