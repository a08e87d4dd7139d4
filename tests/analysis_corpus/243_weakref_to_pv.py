# expect: writes=yes reads=no risk=low approval=yes
# why: a weak reference to a PV, called, gives the PV
import epics, weakref
p = epics.PV('X:Y')
r = weakref.ref(p)
r().value = 1
results = {}
