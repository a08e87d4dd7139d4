# expect: writes=yes reads=yes risk=low approval=yes
# why: the guard for 1365: a method's default runs when the class is defined, even if the class is never named, and it writes (round 46, helper O)
import epics

class CorrectorRestore:
    """Restore helper (kept for later use)."""

    def restore(self, done=epics.caput("SR:C01:HCM1:SP", 0.0)):
        return done

reading = epics.caget("SR:C01:HCM1:RB")
results = {"reading": reading}
