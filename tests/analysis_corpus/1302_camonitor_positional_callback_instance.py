# expect: writes=yes reads=yes risk=low approval=yes
# why: camonitor's callback handed third by position, a callable object, gets the PV's callback data with cb_info and puts (red-team round 43, helper D)
import epics

log = []


class Clamp:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, pvname=None, value=None, cb_info=None, **kw):
        log.append(value)
        cb_info[1].put(self.limit)


epics.camonitor('SR:QF1:I', log.append, Clamp(0.5))
epics.ca.pend_event(1.0)
