# expect: writes=yes reads=no risk=low approval=yes
# why: a plain function as metaclass=: the class name is bound to what it returns (round 15)
import epics
def meta(name, bases, ns):
    ns["pv"] = epics.PV("X:A")
    return type(name, bases, ns)
class C(metaclass=meta):
    pass
C.pv.value = 1.0
results = {}
