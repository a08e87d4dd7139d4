# expect: writes=yes reads=no risk=low approval=yes
# why: an attribute stored from a module flag that is rebound afterwards keeps the first value: the write runs (round 47)
import epics
class Ctl:
    pass
c = Ctl()
flag = False
c.dry = flag
flag = True
if not c.dry:
    epics.caput("SR:A", 1.0)
results = {"ok": True}
