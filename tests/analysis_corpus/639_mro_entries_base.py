# expect: writes=yes reads=no risk=low approval=yes
# why: a base object's __mro_entries__ names the real bases (round 15)
import epics
class Base:
    pv = epics.PV("X:A")
class Factory:
    def __mro_entries__(self, bases):
        return (Base,)
class C(Factory()):
    pass
C.pv.value = 1.0
results = {}
