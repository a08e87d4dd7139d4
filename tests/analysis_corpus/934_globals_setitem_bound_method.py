# expect: writes=yes reads=no risk=high approval=n/a
# why: bound method of globals dict stored in a variable then called (red-team round 24)
import epics
put_global = globals().__setitem__
put_global("w", epics.caput)
w("A:B", 1)
results = {"done": True}
