# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a vector class with operators, a config object with __getattr__ and a cached descriptor, fed with read values
import epics


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Config:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        return self._values.get(name, 0.0)


bpm = epics.PV("SR:BPM1:X")
offset = Vec(bpm.get(), epics.caget("SR:BPM1:Y"))
drift = -(offset + Vec(0.1, 0.2))
config = Config(tolerance=0.5)
results = {"drift": abs(drift), "ok": abs(drift) < config.tolerance}
