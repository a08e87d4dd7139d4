# expect: writes=yes reads=yes risk=low approval=yes
# why: once the name is bound another way (`ops = ops[::-1]`, `ops += ...`, a `global` in a function), or the index is not a literal, the tuple's elements are one set again: the reversed tuple's `ops[0]` is `caput` (round 21)
from epics import caget, caput

ops = (caget, caput)
ops = ops[::-1]
ops[0]("SR:MAG1:SP", 3.0)
