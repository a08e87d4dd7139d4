# expect: writes=yes reads=no risk=low approval=yes
# why: a pool's apply_async result gives back the PV the helper made, which is written (round 46)
from multiprocessing.pool import ThreadPool
import epics
def connect(name):
    return epics.PV(name)
with ThreadPool(2) as pool:
    r = pool.apply_async(connect, ("SR:PS1:SP",))
    pv = r.get()
pv.put(2.0)
results = {}
