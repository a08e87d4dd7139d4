# expect: writes=yes reads=no risk=high approval=n/a
# why: g |= {...} writes into globals (red-team round 24)
import epics
g = globals()
g |= {"w": epics.caput}
w("A:B", 1)
results = {"done": True}
