# expect: writes=no reads=yes risk=low approval=no
# why: devices handed to a worker thread through a queue.Queue and only read there: a queue's get gives back what its put stored (red-team round 41, helper A; was an unverified write)
import queue
import threading

import tango

work = queue.Queue()
for name in ["sr/ps/qf1", "sr/ps/qd1"]:
    work.put(tango.DeviceProxy(name))

readings = {}


def worker():
    while True:
        try:
            dev = work.get_nowait()
        except queue.Empty:
            return
        readings[dev.name()] = dev.read_attribute("Current").value
        work.task_done()


t = threading.Thread(target=worker)
t.start()
t.join()
results = {"readings": readings}
