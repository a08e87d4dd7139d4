# expect: writes=yes reads=yes risk=low approval=yes
# why: a camonitor callback that takes only keywords reaches the watched PV as kw['cb_info'][1] and assigns its value (red-team round 43, helper D)
import epics


def zero(**kw):
    kw['cb_info'][1].value = 0.0


epics.camonitor('SR:QF1:I', callback=zero)
epics.ca.poll()
