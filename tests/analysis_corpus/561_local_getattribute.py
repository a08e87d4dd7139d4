# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __getattribute__ answers every attribute (round 13)
import epics
class Ring:
    def __getattribute__(self, name):
        return epics.PV("SR:" + name + ":CURRENT_SP")
Ring().QF1.value = 1.0
results = {}
