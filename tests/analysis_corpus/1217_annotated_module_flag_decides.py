# expect: writes=no reads=yes risk=low approval=no
# why: APPLY: bool = False, annotated and bound once, decides the test as APPLY = False does: the write cannot run (red-team round 42, helper A; was a false write)
from epics import caget, caput
APPLY: bool = False
v = caget("SR:Tune:X")
if APPLY:
    caput("SR:TuneKnob:QX:SP", 0.22)
results = {"tune": v}
