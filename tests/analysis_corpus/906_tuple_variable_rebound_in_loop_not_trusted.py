# expect: writes=yes reads=no risk=low approval=yes
# why: the returned name is also a loop target, so its positions are not trusted: the first position may be a PV, and its `put` is a write (round 23)
import queue
import epics
def pick():
    pair = (queue.Queue(), 0)
    for pair in [(epics.PV("SR:COR1:SP"), 1)]:
        pass
    return pair
first, n = pick()
first.put(0.5)
results = {"n": n}
