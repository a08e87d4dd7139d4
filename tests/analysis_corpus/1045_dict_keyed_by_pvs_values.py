# expect: writes=no reads=yes risk=low approval=no
# why: the values of a dict keyed by PVs are its values only: `q.put` on its queues is not a PV's put (red-team round 32; a false write before)
import epics, queue
pvs = [epics.PV("SR:C01:QF:RB"), epics.PV("SR:C01:QD:RB")]
outboxes = {pv: queue.Queue() for pv in pvs}
for pv in pvs:
    outboxes[pv].put(pv.get())
for q in outboxes.values():
    q.put(None)
for pv, q in outboxes.items():
    q.put(pv.pvname)
results = {"sent": len(outboxes)}
