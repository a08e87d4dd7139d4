# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for flags: a private attribute is set from outside under its mangled name
import epics

class Ctl:
    def __init__(self):
        self.__dry = True
    def apply(self, v):
        if self.__dry:
            return "dry"
        epics.caput("SR:BUMP:AMP:SP", v)
        return "live"

c = Ctl()
c._Ctl__dry = False
results = {"mode": c.apply(0.3)}
