# expect: writes=yes reads=no risk=low approval=yes
# why: class get default field (red-team round 8)
import epics
class Orbit:
    def __init__(self):
        self.fallback = epics.PV('SR:CH:SPARE:I')
        self.overrides = {}
    def corrector(self, name):
        return self.overrides.get(name, self.fallback)
Orbit().corrector('ch3').put(0.1)
results = {}
