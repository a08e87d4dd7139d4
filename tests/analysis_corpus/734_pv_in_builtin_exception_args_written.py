# expect: writes=yes reads=no risk=low approval=yes
# why: the arguments of a builtin exception reach except clauses as e.args, so a PV raised in a TimeoutError and put through err.args[1] is a write (round 17, beside 733)
from epics import PV

try:
    raise TimeoutError("stale", PV("SR:QF1:CURRENT_SP"))
except TimeoutError as err:
    err.args[1].put(0.0)
results = {}
