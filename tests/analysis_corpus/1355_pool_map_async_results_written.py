# expect: writes=yes reads=no risk=low approval=yes
# why: map_async of the PV class gives PVs through get(), which are written
import multiprocessing.pool
import epics
pool = multiprocessing.pool.ThreadPool(2)
r = pool.map_async(epics.PV, ["SR:PS1:SP", "SR:PS2:SP"])
for pv in r.get():
    pv.put(0.5)
pool.close(); pool.join()
results = {}
