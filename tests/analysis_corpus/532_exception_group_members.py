# expect: writes=yes reads=no risk=low approval=yes
# why: a KeyError wrapped in an ExceptionGroup, caught again (red-team round 11)
from epics import PV
try:
    try:
        {}[PV('SR:QF22:SP')]
    except KeyError as k:
        raise ExceptionGroup('batch', [k])
except ExceptionGroup as eg:
    eg.exceptions[0].args[0].put(0.0)
results = {}
