# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1367: one construction passes False, so the write runs
import epics
class Controller:
    def __init__(self, simulate=True):
        self.simulate = simulate
    def set(self, pv, v):
        if self.simulate:
            return
        epics.caput(pv, v)
Controller().set("SR:PS1:SP", 1.0)
Controller(simulate=False).set("SR:PS1:SP", 2.0)
results = {}
