# expect: writes=yes reads=no risk=low approval=yes
# why: sorted() compares a PV with a local object whose comparison method writes it
import epics
class L:
    def __lt__(self, other):
        other.value = 12.0
        return True
    def __gt__(self, other):
        other.value = 12.0
        return True
pv = epics.PV('X:Y')
sorted([pv, L()])
results = {}
