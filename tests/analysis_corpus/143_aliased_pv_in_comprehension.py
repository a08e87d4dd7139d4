# expect: writes=yes reads=no risk=low approval=yes
# why: an aliased PV class used inside a comprehension
from epics import PV as P
names = ['A:SP', 'B:SP']
[P(n).put(0.0) for n in names]
results = {}
