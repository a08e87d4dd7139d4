# expect: writes=yes reads=no risk=low approval=yes
# why: map(Cls, pvs) calls the class with each PV; its __init__ writes it
import epics
class K:
    def __init__(self, p):
        p.value = 3.0
list(map(K, [epics.PV('X:Y')]))
results = {}
