# expect: writes=yes reads=no risk=low approval=yes
# why: dict.pop and set.remove raise KeyError with the PV (red-team round 11)
from epics import PV
try:
    {}.pop(PV('SR:QF14:SP'))
except KeyError as e:
    e.args[0].put(0.0)
results = {}
