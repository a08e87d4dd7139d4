# expect: writes=yes reads=no risk=low approval=yes
# why: dict(obj) of a local class whose keys() gives PVs (round 15)
import epics
class Table:
    def keys(self):
        return [epics.PV("X:A")]
    def __getitem__(self, k):
        return 1.0
for pv, v in dict(Table()).items():
    pv.value = v
results = {}
