# expect: writes=yes reads=no risk=low approval=yes
# why: `sinks, pvs = zip(*pairs)` of rows (queue, PV): the second name holds the PVs, and their `put` is a write (round 23)
import queue
import epics
pairs = [(queue.Queue(), epics.PV(name)) for name in ["SR:COR1:SP", "SR:COR2:SP"]]
sinks, pvs = zip(*pairs)
for pv in pvs:
    pv.put(0.0)
results = {"zeroed": len(pvs)}
