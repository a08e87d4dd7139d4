# expect: writes=yes reads=no risk=low approval=yes
# why: `map(LocalClass, names)` makes instances of the local class, with what its `__init__` stores (red-team round 32; missed before)
import epics
class Magnet:
    def __init__(self, name):
        self.pv = epics.PV(name)
for m in map(Magnet, ["SR:C01:QF:SP"]):
    m.pv.value = 1.0
