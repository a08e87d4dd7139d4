# expect: writes=yes reads=yes risk=low approval=yes
# why: a library callback that is a queue's bound put keeps the events where the walk cannot follow: an unverified write (round 44, helper G)
import queue
import tango

q = queue.Queue()
d = tango.DeviceProxy("lab/ps/50")
d.subscribe_event("Current", tango.EventType.CHANGE_EVENT, q.put)
ev = q.get_nowait()
ev.device.Off()
