# expect: writes=yes reads=no risk=high approval=n/a
# why: `g = globals(); g["report"] = epics.caput`: a name bound through an alias of the namespace cannot be verified, and the write is listed (red-team round 23)
import epics
g = globals()
g["report"] = epics.caput
report("SR:COR1:SP", 0.5)
results = {"done": True}
