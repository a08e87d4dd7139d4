# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1368: the defaults of __init__ are replaced through type(c)
import epics

class Ctl:
    def __init__(self, simulate=True):
        self.simulate = simulate
    def apply(self, v):
        if self.simulate:
            return "sim"
        epics.caput("SR:BUMP:AMP:SP", v)
        return "live"

c = Ctl()
type(c).__init__.__defaults__ = (False,)
results = {"mode": Ctl().apply(0.3)}
