# expect: writes=yes reads=yes risk=low approval=yes
# why: the guard for 1350: what atexit's register gives back is the method handed to it, whose object is written
import atexit
import epics
pv = epics.PV("SR:PS1:SP")
f = atexit.register(pv.get)
f.__self__.put(3.0)
atexit.unregister(f)
results = {}
