# expect: writes=no reads=no risk=low approval=no
# why: `self.__dict__ == other.__dict__` in `__eq__`, compared with a PV (`a != PV(...)`): the PV's attributes are only compared, no dynamic access (round 22)
from epics import PV
class Setting:
    def __init__(self, name):
        self.name = name
        self.pv = PV(name)
    def __eq__(self, other):
        if not isinstance(other, Setting):
            return NotImplemented
        return self.__dict__ == other.__dict__
a = Setting("A")
b = Setting("B")
print(a == b, a == 3, a != PV("C"))
results = {}
