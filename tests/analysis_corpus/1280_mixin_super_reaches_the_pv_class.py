# expect: writes=yes reads=no risk=low approval=yes
# why: a mixin's cooperative super reaches the library class that a derived class lists after it (round 44, helper F)
import epics
class Log:
    def put(self, v, **k):
        return super().put(v, **k)
class P(Log, epics.PV):
    pass
P("X:A").put(1)
