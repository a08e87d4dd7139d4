# expect: writes=yes reads=no risk=low approval=yes
# why: a mixin's self.put on a diamond subclass reaches PV.put, which C3 puts before the no-op base (round 47, helper S)
import epics

class DryRun:
    def put(self, value, **kw):
        return None

class Ramp(DryRun):
    def ramp_to(self, target, steps=3):
        for i in range(1, steps + 1):
            self.put(target * i / steps)

class Hardware(epics.PV, DryRun):
    pass

class RampedPV(Ramp, Hardware):
    pass

RampedPV("BL2:PS:Current").ramp_to(6.0)
results = {"ok": True}
