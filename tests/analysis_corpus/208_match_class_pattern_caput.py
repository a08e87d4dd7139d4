# expect: writes=yes reads=no risk=low approval=yes
# why: a class pattern case object(caput=w) binds w to epics.caput
import epics
match epics:
    case object(caput=w):
        w('X:Y', 1)
results = {}
