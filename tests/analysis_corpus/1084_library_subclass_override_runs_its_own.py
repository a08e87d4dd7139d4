# expect: writes=no reads=yes risk=low approval=no
# why: a local subclass of a library class that overrides the write method (a dry-run stand-in) runs its override, on what is certainly an instance of it (red-team round 34: `SafePV(n).put(v)` was the library's `put`)
import epics
from ophyd import EpicsSignal


class SafePV(epics.PV):
    def put(self, value, **kwargs):
        print("dry run: would put", value)


class SimSignal(EpicsSignal):
    def set(self, value, **kwargs):
        print("simulated set", value)


pv = SafePV("SR:QF1:SP")
pv.put(pv.get() + 0.1)
SimSignal("SR:QD1:SP", name="qd1").set(1.0)
results = {}
