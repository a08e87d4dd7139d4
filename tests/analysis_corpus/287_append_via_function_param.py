# expect: writes=yes reads=no risk=low approval=yes
# why: a helper appends PVs to a list passed as a parameter; the caller's list is not updated (no aliasing), so c.put() on its elements looks plain
from epics import PV

def connect_all(names, out):
    for n in names:
        out.append(PV(n))

correctors = []
connect_all(["HCOR:01:SETPT", "HCOR:02:SETPT"], correctors)
for c in correctors:
    c.put(0.0)
results = {}
