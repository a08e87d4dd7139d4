# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a no-op put base listed before epics.PV comes first in the MRO (round 47)
import epics
class Safe:
    def put(self, value, **kw):
        return None
class X(Safe, epics.PV):
    pass
X("SR:A").put(1.0)
results = {"ok": True}
