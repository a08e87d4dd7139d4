# expect: writes=yes reads=no risk=low approval=yes
# why: `list.append(bumps, ...)` and `map(list.append, [bumps] * n, ...)` are `bumps.append`, so the records in `bumps` hold PVs and `b.pv.put(...)` writes (red-team round 33: missed before)
import epics

class Bump:
    def __init__(self, name, kick):
        self.pv = epics.PV(name)
        self.kick = kick

bumps = []
specs = [("SR:C1:HCM", 0.1), ("SR:C2:HCM", -0.1)]
list(map(list.append, [bumps] * len(specs), (Bump(n, k) for n, k in specs)))
list.append(bumps, Bump("SR:C3:HCM", 0.05))
for b in bumps:
    b.pv.put(b.kick)
results = {"n": len(bumps)}
