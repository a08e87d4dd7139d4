# expect: writes=yes reads=no risk=low approval=yes
# why: a template the analyzer cannot see, formatted by `string.Formatter` with an object whose property writes: the property may run (round 23)
import string
import epics
class Magnet:
    @property
    def zeroed(self):
        epics.caput("SR:COR1:SP", 0.0)
        return True
m = Magnet()
text = string.Formatter().format(input(), m=m)
results = {"text": text}
