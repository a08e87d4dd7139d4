# expect: writes=yes reads=no risk=low approval=yes
# why: a functools.partial of a library function keeps what it binds as .args and .keywords; partial(print, pv).args[0] is the PV (left by round 16, now followed)
import functools

import epics

show = functools.partial(print, epics.PV("SR:QF1:CURRENT_SP"))
show.args[0].put(12.5)
results = {"set": True}
