# expect: writes=no reads=no risk=low approval=no
# why: an offline simulator class with put/get/write methods and a `value` property
# why: setter; thin-lens optics on it; names look like PVs but it is all local
import math


class SimulatedQuad:
    def __init__(self, pvname, length_m=0.3, gradient_per_amp=0.12):
        self.pvname = pvname
        self.length_m = length_m
        self.gradient_per_amp = gradient_per_amp
        self._current = 0.0
        self.log = []

    @property
    def value(self):
        return self._current

    @value.setter
    def value(self, amps):
        self._current = float(amps)
        self.log.append(('set', amps))

    def put(self, amps, wait=False):
        self.value = amps

    def get(self):
        return self._current

    def write(self, amps):
        self.put(amps)

    def focal_length(self, brho=10.0):
        k = self.gradient_per_amp * self._current / brho
        return math.inf if k == 0 else 1.0 / (k * self.length_m)


qf = SimulatedQuad('SR:QF1:CURRENT_SP')
qf.put(80.0)
qf.value += 5.0
qf.write(qf.get() * 1.01)
results = {'f_m': qf.focal_length(), 'history': len(qf.log)}
