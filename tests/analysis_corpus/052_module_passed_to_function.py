# expect: writes=yes reads=no risk=low approval=yes
# why: the epics module passed around; caput bound inside
import epics


def apply(lib, v):
    fn = lib.caput
    fn('MAG:QF1:CURRENT_SP', v)


apply(epics, 2.0)
results = {}
