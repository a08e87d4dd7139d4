# expect: writes=yes reads=no risk=low approval=yes
# why: the value assigned to a property is the setter's parameter, written there
import epics
class Holder:
    @property
    def dev(self):
        return None
    @dev.setter
    def dev(self, value):
        value.value = 2.0
h = Holder()
h.dev = epics.PV("SR:MAG:Q1")
