# expect: writes=no reads=no risk=low approval=no
# why: a function builds its tuple in a name and returns the name: `pv, log = setup()` keeps the positions, and the queue's `put` is not a write (round 23)
import queue
import epics
def setup(name):
    pair = (epics.PV(name), queue.Queue())
    return pair
pv, log = setup("SR:DCCT:CURRENT")
log.put("started")
results = {"started": True}
