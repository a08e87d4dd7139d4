# expect: writes=yes reads=no risk=low approval=yes
# why: caput inside a function that is called later
import epics


def ramp():
    epics.caput('MAG:QF1:CURRENT_SP', 1.0)


ramp()
results = {}
