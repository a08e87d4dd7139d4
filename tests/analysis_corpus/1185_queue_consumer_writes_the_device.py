# expect: writes=yes reads=no risk=low approval=yes
# why: the device a consumer takes out of a queue is the device, and setting its attribute writes (also with put_nowait(item=...) of a pair on a PriorityQueue; red-team round 41)
import queue
import threading

import tango

jobs = queue.PriorityQueue()
jobs.put_nowait(item=(0, tango.DeviceProxy("sr/ps/qf1")))


def worker():
    _, dev = jobs.get()
    dev.Current = 101.5


t = threading.Thread(target=worker)
t.start()
t.join()
results = {}
