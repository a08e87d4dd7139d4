# expect: writes=yes reads=no risk=low approval=yes
# why: functools.partial(setv, 8.0)(pv): the PV lands on the function's second parameter
import functools
import epics
def setv(v, p):
    p.value = v
functools.partial(setv, 8.0)(epics.PV('X:Y'))
results = {}
