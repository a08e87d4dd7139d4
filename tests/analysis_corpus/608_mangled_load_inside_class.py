# expect: writes=yes reads=no risk=low approval=yes
# why: self.__pv read in class Quad after q._Quad__pv was set outside (round 14)
import epics
class Quad:
    def apply(self, v):
        self.__pv.value = v
q = Quad()
q._Quad__pv = epics.PV("SR:QF1:CURRENT_SP")
q.apply(1.0)
results = {}
