# expect: writes=yes reads=no risk=low approval=yes
# why: cached_property.func called by hand (round 15)
import epics, functools
class Beam:
    @functools.cached_property
    def pv(self):
        return epics.PV("X:A")
p = Beam.pv.func(Beam())
p.value = 1.0
results = {}
