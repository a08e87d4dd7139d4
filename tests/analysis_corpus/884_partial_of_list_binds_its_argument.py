# expect: writes=yes reads=no risk=low approval=yes
# why: a library function bound with `functools.partial` gets its bound arguments when called: `partial(list, [PV(...)])()[0]` is the PV (round 22)
from epics import PV
import functools
l = functools.partial(list, [PV("A")])
l()[0].put(1)
