# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: sched.enter(0.1 * k, 1, sample, (pv,)) where sample only reads (round 6)
import sched
import time
import epics

pvs = {n: epics.PV(n) for n in ('SR:DCCT:CURRENT', 'SR:LIFETIME')}
log = []
s = sched.scheduler(time.monotonic, time.sleep)

def sample(pv):
    log.append((time.time(), pv.pvname, pv.get(timeout=1.0)))

for k in range(3):
    for pv in pvs.values():
        s.enter(0.1 * k, 1, sample, (pv,))
s.run()
results = {'n': len(log)}
