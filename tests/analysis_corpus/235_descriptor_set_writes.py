# expect: writes=yes reads=no risk=low approval=yes
# why: a descriptor's __set__ writes the PV it keeps; assigning the attribute runs it
import epics
class D:
    def __set__(self, obj, v):
        obj._p.value = v
class M:
    sp = D()
    def __init__(self): self._p = epics.PV('X:Y')
M().sp = 1
results = {}
