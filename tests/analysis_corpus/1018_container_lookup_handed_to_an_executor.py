# expect: writes=yes reads=no risk=low approval=yes
# why: a container's lookup handed to an executor (`ex.submit(pvs.get, name)`): the future's result is a PV the walk does not follow, an unverified write (red-team round 31; missed before)
from concurrent.futures import ThreadPoolExecutor
import epics
pvs = {"a": epics.PV("SR:A:SP"), "b": epics.PV("SR:B:SP")}
with ThreadPoolExecutor(max_workers=2) as ex:
    fut = ex.submit(pvs.get, "a")
    fut.result().put(0.0)
