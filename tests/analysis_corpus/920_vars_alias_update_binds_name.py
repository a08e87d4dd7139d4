# expect: writes=yes reads=no risk=high approval=n/a
# why: `ns = vars(); ns.update(log=epics.caput)`: names bound through an alias of the namespace (red-team round 23)
import epics
ns = vars()
ns.update(log=epics.caput)
log("SR:COR1:SP", 0.5)
results = {"done": True}
