# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1367: type(obj)(False) makes an instance without the class's name, so the flag may be False (round 46, helper N)
import epics

class Ctl:
    def __init__(self, simulate=True):
        self.simulate = simulate
    def apply(self, v):
        if self.simulate:
            return "sim"
        epics.caput("SR:BUMP:AMP:SP", v)
        return "live"

proto = Ctl()
live = type(proto)(False)
results = {"mode": live.apply(0.3)}
