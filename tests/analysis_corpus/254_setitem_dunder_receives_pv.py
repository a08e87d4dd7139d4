# expect: writes=yes reads=no risk=low approval=yes
# why: `S()['k'] = pv` calls the local class's __setitem__ with the PV
import epics
class S:
    def __setitem__(self, key, val):
        val.value = 7.0
pv = epics.PV('X:Y')
S()['k'] = pv
results = {}
