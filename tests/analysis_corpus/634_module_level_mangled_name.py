# expect: writes=yes reads=no risk=low approval=yes
# why: inside class R, __pv is the module's _R__pv (name mangling) (round 15)
import epics
_R__pv = epics.PV("X:A")
class R:
    def go(self):
        __pv.value = 1.0
R().go()
results = {}
