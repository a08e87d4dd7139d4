# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a module flag bound to another derived flag (round 47, helper V)
import epics
SIMULATE = True
LIVE = not SIMULATE
WRITE_ALLOWED = LIVE
MODE = "commissioning"
ARMED = MODE in ("operations", "physics")
if WRITE_ALLOWED:
    epics.caput("SR:FB:ENABLE", 1)
if ARMED:
    epics.caput("SR:FB:ARM", 1)
results = {"live": LIVE, "armed": ARMED}
