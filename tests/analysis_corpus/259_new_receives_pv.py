# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __new__ gets the constructor's arguments
import epics
class C:
    def __new__(cls, p):
        p.value = 10.0
        return super().__new__(cls)
C(epics.PV('X:Y'))
results = {}
