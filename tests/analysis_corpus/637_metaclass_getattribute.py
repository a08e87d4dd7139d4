# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass's __getattribute__ answers the class's attributes (round 15)
import epics
class M(type):
    def __getattribute__(cls, name):
        return epics.PV("X:A")
class C(metaclass=M):
    pass
C.anything.value = 1.0
results = {}
