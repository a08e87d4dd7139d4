# expect: writes=no reads=no risk=low approval=no
# why: `FakePV if SIMULATE else epics.PV` with SIMULATE = True picks the local stand-in, whose put does nothing; `elif`/`and` of the flag are decided too (red-team round 41, helper A; was a false write)
import epics

SIMULATE = True


class FakePV:
    def __init__(self, name):
        self.name = name
        self.value = None

    def put(self, value):
        self.value = value


PVClass = FakePV if SIMULATE else epics.PV
pv = PVClass("SR:QF1:CURRENT_SP")
pv.put(101.5)
if not SIMULATE and pv.value is not None:
    epics.caput("SR:QF1:CURRENT_SP", pv.value)
results = {"simulated": pv.value}
