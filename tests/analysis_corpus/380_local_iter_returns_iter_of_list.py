# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __iter__ returns iter(self._movers), a list of PVs (red-team round 6)
import epics

class Girder:
    def __init__(self, names):
        self._movers = [epics.PV(n) for n in names]
    def __iter__(self):
        return iter(self._movers)

for mover in Girder(['SR:G1:M1:SP', 'SR:G1:M2:SP']):
    mover.value = 0.0
results = {}
