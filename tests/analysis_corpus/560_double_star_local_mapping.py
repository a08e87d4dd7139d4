# expect: writes=yes reads=no risk=low approval=yes
# why: f(**obj) of a local mapping class binds the parameters to what its __getitem__ gives (round 13)
import epics
class Step:
    def keys(self):
        return ["target"]
    def __getitem__(self, k):
        return epics.PV("SR:QF1:CURRENT_SP")
def apply(target):
    target.value = 1.0
apply(**Step())
results = {}
