# expect: writes=yes reads=no risk=low approval=yes
# why: a PV passed to a helper that assigns .value
import epics


def set_it(target, v):
    target.value = v


set_it(epics.PV('MAG:QF1:CURRENT_SP'), 3)
results = {}
