# expect: writes=yes reads=no risk=low approval=yes
# why: a field one class binds to `[]` is given a `DeviceProxy` by keyword elsewhere (`SimpleNamespace(pending=dev)`): its `clear()` is the command (round 23)
import types
import tango
class Queue:
    def __init__(self):
        self.pending = []
q = Queue()
ns = types.SimpleNamespace(pending=tango.DeviceProxy("sr/ps/q1"))
ns.pending.clear()
results = {"n": len(q.pending)}
