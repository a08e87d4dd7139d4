# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1366: setattr by a literal name sets the flag False, so the write runs
import epics
class Proc:
    dry_run = True
    def go(self):
        if self.dry_run:
            return
        epics.caput("SR:PS1:SP", 3.0)
p = Proc()
setattr(p, "dry_run", False)
p.go()
results = {}
