# expect: writes=yes reads=no risk=low approval=yes
# why: Class.prop.fget(obj) runs the property's getter (round 13)
import epics
class Quad:
    @property
    def target(self):
        return epics.PV("SR:QF1:CURRENT_SP")
Quad.target.fget(Quad()).value = 1.0
results = {}
