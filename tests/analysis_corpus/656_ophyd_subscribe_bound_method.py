# expect: writes=no reads=yes risk=low approval=no
# why: ophyd subscribe with a bound method: `self` is taken for the signal, so self.latest = value "replaces .latest of an ophyd object" (high) (round 15 false alarm)
import ophyd
class Counter:
    def __init__(self):
        self.latest = None
    def on_value(self, value=None, **kw):
        self.latest = value
c = Counter()
ophyd.EpicsSignalRO("BL:DET:COUNTS", name="det").subscribe(c.on_value)
results = {"latest": c.latest}
