# expect: writes=yes reads=no risk=low approval=yes
# why: `str.format("{m.zeroed}", m=m)` runs the local property named in the template, which writes (round 24)
import epics
class Magnet:
    @property
    def zeroed(self):
        epics.caput("SR:COR1:SP", 0.0)
        return True
m = Magnet()
a = str.format("{m.zeroed}", m=m)
results = {"a": a}
