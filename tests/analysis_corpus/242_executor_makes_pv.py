# expect: writes=yes reads=no risk=low approval=yes
# why: an executor makes a PV; the future's result is that PV
import epics, concurrent.futures as cf
with cf.ThreadPoolExecutor() as ex:
    fut = ex.submit(epics.PV, 'X:Y')
    fut.result().value = 1
results = {}
