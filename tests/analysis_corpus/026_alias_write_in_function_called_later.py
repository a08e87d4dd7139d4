# expect: writes=yes reads=no risk=low approval=yes
# why: aliased caput inside a function called later
from epics import caput as w


def apply(v):
    w('MAG:QF1:CURRENT_SP', v)


apply(3.0)
results = {}
