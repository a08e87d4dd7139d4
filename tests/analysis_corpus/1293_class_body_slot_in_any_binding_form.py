# expect: writes=yes reads=no risk=low approval=yes
# why: a call slot bound to a library write in a class body by a tuple target, a for target or inside an if (red-team round 45, helper I)
import epics
pv = epics.PV("SR:C1:HCM1")
class Kick:
    __call__, = (pv.put,)
Kick()(1.5)
class Step:
    for __call__ in (pv.put,):
        pass
Step()(2.5)
class Guarded:
    if pv:
        __call__ = pv.put
Guarded()(3.5)
