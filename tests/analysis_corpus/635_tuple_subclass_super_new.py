# expect: writes=yes reads=no risk=low approval=yes
# why: a tuple subclass filled by super().__new__(cls, pvs) (round 15)
import epics
class Pair(tuple):
    def __new__(cls, names):
        return super().__new__(cls, [epics.PV(n) for n in names])
for pv in Pair(["X:A"]):
    pv.value = 1.0
results = {}
