# expect: writes=yes reads=no risk=low approval=yes
# why: a bound method stored by item in a PV's callbacks table gets the next monitor event at epics.poll, cb_info included, and puts (red-team round 43, helper D)
import epics


class Guard:
    def __init__(self, ceiling):
        self.ceiling = ceiling

    def check(self, pvname=None, value=None, cb_info=None, **kw):
        if value is not None and value > self.ceiling:
            cb_info[1].put(self.ceiling)


p = epics.PV('SR:QF1:I')
p.callbacks[2] = (Guard(0.5).check, {})
epics.poll()
