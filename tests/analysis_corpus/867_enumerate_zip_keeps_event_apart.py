# expect: writes=no reads=yes risk=low approval=no
# why: `enumerate(zip(pvs, events))` keeps the count, the PV and the `threading.Event` apart: `ev.set()` is not an ophyd-style set (round 22)
import threading
from epics import PV
names = ["A", "B"]
pvs = [PV(n) for n in names]
events = [threading.Event() for _ in names]
for i, (pv, ev) in enumerate(zip(pvs, events)):
    if pv.get() > i:
        ev.set()
results = {}
