# expect: writes=yes reads=no risk=low approval=yes
# why: iterator made with sel.__iter__() and consumed by a for loop
from epics import PV
mags = [PV("QUAD:01:SETPT")]
sel = mags[0:1]
x = sel.__iter__()
for m in x:
    m.value = 1
results = {}
