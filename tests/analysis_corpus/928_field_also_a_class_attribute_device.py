# expect: writes=yes reads=no risk=low approval=yes
# why: a field one class binds to `[]` is a `DeviceProxy` class attribute of another: `obj.pending.clear()` over both may be the device's `Clear` command (round 23)
import tango
class Queue:
    def __init__(self):
        self.pending = []
class Station:
    pending = tango.DeviceProxy("sr/ps/q1")
q = Queue()
for obj in [q, Station()]:
    obj.pending.clear()
results = {"n": len(q.pending)}
