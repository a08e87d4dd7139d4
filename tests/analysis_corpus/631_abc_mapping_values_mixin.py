# expect: writes=yes reads=no risk=low approval=yes
# why: a local collections.abc.Mapping's inherited .values() gives its __getitem__ values (round 15)
import epics
from collections.abc import Mapping
class Magnets(Mapping):
    def __init__(self):
        self._d = {"q": "X:A"}
    def __getitem__(self, k):
        return epics.PV(self._d[k])
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
for pv in Magnets().values():
    pv.value = 1.0
results = {}
