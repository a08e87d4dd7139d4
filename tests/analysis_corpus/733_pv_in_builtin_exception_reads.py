# expect: writes=no reads=yes risk=low approval=no
# why: a builtin exception class only keeps its arguments in args (followed into except clauses): a PV handed to TimeoutError was an unverified write (round 17)
from epics import PV

pv = PV("SR:DCCT:CURRENT")
if pv.get(timeout=2) is None:
    raise TimeoutError("no value from", pv)
results = {}
