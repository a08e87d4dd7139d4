# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __iter__ is a generator of PVs: for pv in obj writes (red-team round 6)
import epics

class CorrectorBank:
    def __init__(self, names):
        self.names = names
    def __iter__(self):
        for n in self.names:
            yield epics.PV(n)

for c in CorrectorBank(['SR:HCM1:SP', 'SR:HCM2:SP']):
    c.value = 0.0
results = {}
