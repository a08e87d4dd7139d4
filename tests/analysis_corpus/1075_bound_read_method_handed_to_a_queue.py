# expect: writes=yes reads=yes risk=low approval=yes
# why: a device's bound read method handed to a call that keeps it (a queue) carries the device: `q.get().__self__` gives it back (red-team round 34: an unverified write now, the command was missed)
import queue
import tango

jobs = queue.Queue()
jobs.put(tango.DeviceProxy("sr/ps/q1").state)
jobs.get().__self__.Off()
results = {}
