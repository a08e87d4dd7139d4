# expect: writes=no reads=yes risk=low approval=no
# why: if not APPLY: sys.exit(0) with APPLY = False: the module ends there, so the write after it never runs (red-team round 42, helper A; was a false write)
import sys
from epics import caget, caput
APPLY = False
results = {"v": caget("BR:Ramp:Ready")}
if not APPLY:
    sys.exit(0)
caput("BR:Ramp:Start", 1)
