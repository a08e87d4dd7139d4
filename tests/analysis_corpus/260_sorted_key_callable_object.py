# expect: writes=yes reads=no risk=low approval=yes
# why: sorted(key=K()) calls the object's __call__ with each PV
import epics
class K:
    def __call__(self, p):
        p.value = 1.0
        return 0
sorted([epics.PV('X:Y')], key=K())
results = {}
