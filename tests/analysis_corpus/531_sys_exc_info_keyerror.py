# expect: writes=yes reads=no risk=low approval=yes
# why: the exception being handled, fetched with sys.exc_info() (red-team round 11)
import sys
from epics import PV
try:
    {}[PV('SR:QF6:SP')]
except KeyError:
    sys.exc_info()[1].args[0].put(7.0)
results = {}
