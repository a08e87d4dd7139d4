# expect: writes=yes reads=no risk=low approval=yes
# why: caput wrapped in functools.partial
import functools
import epics
set_qf1 = functools.partial(epics.caput, 'MAG:QF1:CURRENT_SP')
set_qf1(3.0)
results = {}
