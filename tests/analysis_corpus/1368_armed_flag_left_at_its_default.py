# expect: writes=no reads=yes risk=low approval=no
# why: an armed flag stored from an __init__ default of False that no construction overrides guards the write (round 46)
import epics


class Corrector:
    def __init__(self, pv, armed=False):
        self.pv = epics.PV(pv)
        self.armed = armed

    def kick(self, dx):
        target = self.pv.get() + dx
        if self.armed:
            self.pv.put(target)
        return target


c = Corrector("SR:HCM9:SP")
results = {"target": c.kick(0.01), "armed": c.armed}
