# expect: writes=yes reads=no risk=low approval=yes
# why: `heapq.heappush(queue, Job(dev))` stores the record in the heap as `queue.append` would, so `queue[0].dev.Off()` is the device's command (red-team round 33: the record's device was lost, a missed write)
import heapq
import tango

class Job:
    def __init__(self, priority, dev):
        self.priority = priority
        self.dev = dev

    def __lt__(self, other):
        return self.priority < other.priority

queue = []
heapq.heappush(queue, Job(2, tango.DeviceProxy("sr/ps/q1")))
heapq.heappush(queue, Job(1, tango.DeviceProxy("sr/ps/q2")))
first = heapq.heappop(queue)
first.dev.Off()
results = {"priority": first.priority}
