# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1366: a method stores False over the class attribute, so the write runs
import epics
class Proc:
    dry_run = True
    def arm(self):
        self.dry_run = False
    def go(self):
        if self.dry_run:
            return
        epics.caput("SR:PS1:SP", 3.0)
p = Proc()
p.arm()
p.go()
results = {}
