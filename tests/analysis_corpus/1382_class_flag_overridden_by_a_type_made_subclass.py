# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1366: a subclass made by three-argument type overrides the class flag
import epics

class Settings:
    DRY_RUN = True
    def push(self, v):
        if self.DRY_RUN:
            return "dry"
        epics.caput("SR:SEXT:SF:SP", v)
        return "live"

Live = type("Live", (Settings,), {"DRY_RUN": False})
results = {"mode": Live().push(1.0)}
