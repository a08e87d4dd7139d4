# expect: writes=no reads=no risk=high approval=n/a
# why: dataclasses paste field names into code they run: annotations filled from data make a call of a field name (red-team round 43)
from dataclasses import dataclass
import epics
names = ["x,epics.caput('SR:C1:HCM1',2.5)"]
@dataclass(init=False, repr=False)
class E:
    x = 0
    __annotations__ = {n: int for n in names}
print(E() == E())
