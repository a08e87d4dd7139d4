# expect: writes=yes reads=no risk=low approval=yes
# why: a call slot bound to a library method in a base class, called on a subclass instance (round 44, helper F)
import epics
pv = epics.PV("X:A")
class B:
    __call__ = pv.put
class S(B):
    pass
S()(1)
