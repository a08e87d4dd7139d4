# expect: writes=yes reads=yes risk=low approval=yes
# why: mixins combined only by type(name, bases, {}) in a helper: EpicsIO.connect stores the signals, RampLogic.ramp writes them; type() does not join the two classes' families, so ramp's self.setpoint reads only RampLogic's fields (missed write) (round 19)
from ophyd import EpicsSignal
class EpicsIO:
    def connect(self, prefix):
        self.setpoint = EpicsSignal(prefix + ':SP')
        self.readback = EpicsSignal(prefix + ':RB')
class RampLogic:
    def ramp(self, target, steps=5):
        start = self.readback.get()
        for i in range(1, steps + 1):
            self.setpoint.set(start + (target - start) * i / steps).wait()
def build(name, *mixins):
    return type(name, mixins, {})
Supply = build('Supply', RampLogic, EpicsIO)
ps = Supply()
ps.connect('SR:PS1')
ps.ramp(2.0)
results = {'done': True}
