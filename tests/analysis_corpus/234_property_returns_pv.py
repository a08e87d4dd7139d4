# expect: writes=yes reads=no risk=low approval=yes
# why: a property's getter returns a PV; assigning .value on it writes
import epics
class A:
    @property
    def pv(self):
        return epics.PV('X:Y')
A().pv.value = 1
results = {}
