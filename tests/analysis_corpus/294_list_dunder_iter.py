# expect: writes=yes reads=no risk=low approval=yes
# why: list.__iter__() / __next__() are unknown container methods and return Plain, dropping the PV kind
from epics import PV
magnets = [PV("QUAD:01:SETPT")]
it = magnets.__iter__()
m = it.__next__()
m.put(1.5)
results = {}
