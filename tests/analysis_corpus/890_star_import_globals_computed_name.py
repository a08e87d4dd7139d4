# expect: writes=yes reads=no risk=high approval=n/a
# why: `globals()` after `from epics import *` holds every name epics exports: a computed key is dynamic access (red-team round 22)
from epics import *
globals()["ca" + "put"]("A", 1)
