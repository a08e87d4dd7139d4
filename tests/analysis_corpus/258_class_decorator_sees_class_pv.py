# expect: writes=yes reads=no risk=low approval=yes
# why: a local class decorator gets the class and writes the PV kept in its body
import epics
def deco(cls):
    cls.p.value = 2.0
    return cls
@deco
class C:
    p = epics.PV('X:Y')
results = {}
