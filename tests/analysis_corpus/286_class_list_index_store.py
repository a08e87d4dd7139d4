# expect: writes=yes reads=no risk=low approval=yes
# why: self.correctors[i] = PV(n) fills a list attribute by index; iterating it and setting .value is not seen
from epics import PV

class Bump:
    def __init__(self, names):
        self.correctors = [None] * len(names)
        for i, n in enumerate(names):
            self.correctors[i] = PV(n)

    def apply(self, kicks):
        for pv, k in zip(self.correctors, kicks):
            pv.value = k

b = Bump(["HCOR:01:SETPT", "HCOR:02:SETPT"])
b.apply([0.1, -0.1])
results = {}
