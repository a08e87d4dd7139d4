# expect: writes=yes reads=no risk=low approval=yes
# why: a PV kept as an attribute of a function
import epics
def f(): pass
f.p = epics.PV('X:Y')
f.p.value = 1
results = {}
