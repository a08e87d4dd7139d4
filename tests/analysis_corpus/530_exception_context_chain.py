# expect: writes=yes reads=no risk=low approval=yes
# why: a KeyError reached as the __context__/__cause__ of a later exception (red-team round 11)
from epics import PV
try:
    try:
        {}[PV('SR:QF25:SP')]
    except KeyError as ke:
        raise LookupError('no cached setpoint') from ke
except LookupError as e:
    e.__cause__.args[0].put(0.0)
    e.__context__.args[0].put(0.0)
results = {}
