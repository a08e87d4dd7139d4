# expect: writes=yes reads=no risk=low approval=yes
# why: a class attribute holding a PV, reached through a queue and a weak reference (red-team round 45, helper I)
import queue, weakref, epics
class Job:
    pv = epics.PV("SR:C1:HCM1")
q = queue.Queue(); q.put(Job())
q.get().pv.put(1.5)
job = Job()
weakref.ref(job)().pv.put(2.5)
