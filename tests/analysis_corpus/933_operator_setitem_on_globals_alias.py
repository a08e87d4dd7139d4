# expect: writes=yes reads=no risk=high approval=n/a
# why: operator.setitem(globals alias, ...) writes into globals (red-team round 24)
import epics, operator
g = globals()
operator.setitem(g, "w", epics.caput)
w("A:B", 1)
results = {"done": True}
