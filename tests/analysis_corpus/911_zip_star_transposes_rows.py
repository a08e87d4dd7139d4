# expect: writes=no reads=yes risk=low approval=no
# why: `pvs, sinks = zip(*pairs)` of rows (PV, queue): `sinks` holds the queues, whose `put` is not a write (round 23)
import queue
import epics
pairs = [(epics.PV(name), queue.Queue()) for name in ["SR:BPM1:X", "SR:BPM2:X"]]
pvs, sinks = zip(*pairs)
for pv, sink in zip(pvs, sinks):
    sink.put(pv.get())
results = {"channels": len(pvs)}
