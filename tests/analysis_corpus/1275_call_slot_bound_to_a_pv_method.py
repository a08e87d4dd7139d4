# expect: writes=yes reads=no risk=low approval=yes
# why: a class whose call slot is a library method rather than a def (round 44, helper F)
import epics
pv = epics.PV("X:A")
class W:
    __call__ = pv.put
W()(1)
