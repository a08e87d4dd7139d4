# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1366: a subclass's body binds the flag True, so the write runs
import epics
class Proc:
    live = False
    def go(self):
        if self.live:
            epics.caput("SR:PS1:SP", 3.0)
class Live(Proc):
    live = True
Live().go()
results = {}
