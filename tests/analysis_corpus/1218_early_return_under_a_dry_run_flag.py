# expect: writes=no reads=yes risk=low approval=no
# why: if DRY_RUN: return, with DRY_RUN = True bound once: the statements after it in the function never run (red-team round 42, helper A; was a false write)
from epics import caget, caput
DRY_RUN = True
def apply(value):
    if DRY_RUN:
        return False
    caput("SR:TuneKnob:QX:SP", value)
    return True
results = {"applied": apply(caget("SR:Tune:X"))}
