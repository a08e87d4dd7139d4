# expect: writes=no reads=yes risk=low approval=no
# why: a helper that returns what it is given (`checked(x)`) is handed a PV and a queue: `put` on the queue it gives back is the queue's, not the PV's, since each call gives back its own argument (round 29: its result used to be everything any call passed, a false write)
import queue
import epics

def checked(x):
    if x is None:
        raise ValueError("missing")
    return x

beam = checked(epics.PV("SR:C01:BPM:X"))
jobs = checked(queue.Queue())
jobs.put(beam.get())
results = {"queued": jobs.qsize()}
