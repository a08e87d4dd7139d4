# expect: writes=yes reads=no risk=low approval=yes
# why: case [pv] against a local Sequence reads its elements through __getitem__ (round 15)
import epics
from collections.abc import Sequence
class Seq(Sequence):
    def __getitem__(self, i):
        return [epics.PV("X:A")][i]
    def __len__(self):
        return 1
match Seq():
    case [pv]:
        pv.value = 1.0
results = {}
