# expect: writes=yes reads=no risk=low approval=yes
# why: a PV's put used as a decorator is called with the function: a write
import epics
@epics.PV('X:Y').put
@lambda f: 5
def x(): pass
results = {}
