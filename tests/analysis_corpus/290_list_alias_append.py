# expect: writes=yes reads=no risk=low approval=yes
# why: PV appended through an alias of the list; the original name never learns it
from epics import PV
correctors = []
target = correctors
target.append(PV("HCOR:01:SETPT"))
correctors[0].value = 0.0
results = {}
