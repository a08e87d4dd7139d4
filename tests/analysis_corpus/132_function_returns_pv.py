# expect: writes=yes reads=no risk=low approval=yes
# why: a factory function returns a PV that is then written
import epics


def make(name):
    return epics.PV(name)


make('MAG:QF1:CURRENT_SP').put(1.0)
results = {}
