# expect: writes=no reads=no risk=low approval=no
# why: `for pv, *rest in rows` of rows (PV, queue, label): `rest[0]` is the queue, and its `put` is not a write (round 23)
import queue
import epics
rows = [(epics.PV(name), queue.Queue(), name) for name in ["SR:BPM1:X", "SR:BPM2:X"]]
for pv, *rest in rows:
    sink = rest[0]
    sink.put(rest[1])
results = {"rows": len(rows)}
