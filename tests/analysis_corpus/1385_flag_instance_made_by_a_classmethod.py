# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1367: a classmethod's cls(...) makes an instance without the class's name
import epics
class Ctl:
    def __init__(self, simulate=True):
        self.simulate = simulate
    @classmethod
    def live(cls):
        return cls(simulate=False)
    def apply(self, v):
        if self.simulate:
            return "sim"
        epics.caput("SR:BUMP:AMP:SP", v)
        return "live"
results = {"mode": Ctl.live().apply(0.3)}
