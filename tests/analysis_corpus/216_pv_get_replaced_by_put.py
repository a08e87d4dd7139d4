# expect: writes=no reads=yes risk=high approval=n/a
# why: pv.get = pv.put makes every later pv.get(...) a put: the object's API replaced
import epics
pv = epics.PV('X:Y')
pv.get = pv.put
pv.get(5)
results = {}
