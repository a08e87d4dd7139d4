# expect: writes=yes reads=no risk=low approval=yes
# why: C3 order puts epics.PV before a no-op put base shared in a diamond: PV.put runs (round 47, helper S)
import epics

class SimBackend:
    def put(self, value, **kw):
        return None

class Logged(SimBackend):
    pass

class LiveBackend(epics.PV, SimBackend):
    pass

class Channel(Logged, LiveBackend):
    pass

Channel("BL1:DIAMOND:Set").put(1.0)
results = {"ok": True}
