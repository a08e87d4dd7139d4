# expect: writes=yes reads=no risk=low approval=yes
# why: a PV handed from one dataclass instance to another's constructor is that instance's field (round 20)
from dataclasses import dataclass
import epics
@dataclass
class A:
    target: object
@dataclass
class B:
    target: object
a = A(epics.PV("X"))
b = B(a.target)
b.target.put(2)
