# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1367: __init__ run again on the instance sets the flag False
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
c.__init__(False)
results = {"mode": c.apply(0.3)}
