# expect: writes=no reads=yes risk=low approval=no
# why: `setattr(self, plane, PV(...))` for `plane` over a class attribute tuple of names stores the PV under those names only: `bpm.x.get()` reads, nothing is stored under a computed name (red-team round 21)
from epics import PV

class BPM:
    PLANES = ("x", "y")
    def __init__(self, prefix):
        self.prefix = prefix
        for plane in self.PLANES:
            setattr(self, plane, PV(f"{prefix}:{plane.upper()}"))

bpm = BPM("SR:BPM7")
results = {"x": bpm.x.get(), "y": bpm.y.get()}
