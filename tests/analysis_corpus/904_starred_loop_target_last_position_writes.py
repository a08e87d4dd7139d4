# expect: writes=yes reads=no risk=low approval=yes
# why: `for label, *_, pv in zip(...)`: the PV is the last position, after the starred name, and its `put` is a write (round 23)
import queue
import epics
labels = ["a", "b"]
sinks = [queue.Queue(), queue.Queue()]
pvs = [epics.PV("SR:COR1:SP"), epics.PV("SR:COR2:SP")]
for label, *_, pv in zip(labels, sinks, pvs):
    pv.put(0.0)
results = {"zeroed": labels}
