# expect: writes=yes reads=no risk=low approval=yes
# why: a list subclass filled by super().__init__(...) and iterated (round 14)
import epics
class Magnets(list):
    def __init__(self, names):
        super().__init__(epics.PV(n) for n in names)
    def set_all(self, v):
        for pv in self:
            pv.value = v
Magnets(["SR:QF1:CURRENT_SP", "SR:QD1:CURRENT_SP"]).set_all(1.0)
results = {}
