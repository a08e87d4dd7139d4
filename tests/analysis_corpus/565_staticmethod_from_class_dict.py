# expect: writes=yes reads=no risk=low approval=yes
# why: a staticmethod taken from a class __dict__, called through __func__ (round 13)
import epics
class Quad:
    @staticmethod
    def connect(name):
        return epics.PV(name)
Quad.__dict__["connect"].__func__("SR:QF1:CURRENT_SP").value = 1.0
results = {}
