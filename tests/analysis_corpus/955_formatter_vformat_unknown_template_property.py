# expect: writes=yes reads=no risk=low approval=yes
# why: `vformat` of a template the walk cannot see with an object whose property writes: the property may run (round 24)
import string
import epics
class Magnet:
    @property
    def zeroed(self):
        epics.caput("SR:COR1:SP", 0.0)
        return True
m = Magnet()
a = string.Formatter().vformat(input(), (m,), {})
results = {"a": a}
