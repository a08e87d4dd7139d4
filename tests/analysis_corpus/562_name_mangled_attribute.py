# expect: writes=yes reads=no risk=low approval=yes
# why: q._Quad__pv is what self.__pv stored in Quad's methods (round 13)
import epics
class Quad:
    def __init__(self, name):
        self.__pv = epics.PV(name)
Quad("SR:QF1:CURRENT_SP")._Quad__pv.value = 1.0
results = {}
