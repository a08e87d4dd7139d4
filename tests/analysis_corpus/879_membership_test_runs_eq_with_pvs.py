# expect: writes=no reads=no risk=low approval=no
# why: `s in pvs` and `pvs.count(s)` run `__eq__` with each PV as `other`; `other.__dict__` there is only compared (round 22)
from epics import PV
class Setting:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.__dict__ == other.__dict__
pvs = [PV("A")]
s = Setting("A")
print(s in pvs, pvs.count(s), s == pvs[0])
results = {}
