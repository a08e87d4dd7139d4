# expect: writes=yes reads=no risk=low approval=yes
# why: guard of 1409 and 1436: DRY_RUN = not APPLY computed after a function armed APPLY through global (round 47)
import epics

APPLY = False


def arm():
    global APPLY
    APPLY = True


arm()
DRY_RUN = not APPLY
if not DRY_RUN:
    epics.caput("SR:FB:ENABLE", 1)
results = {"dry_run": DRY_RUN}
