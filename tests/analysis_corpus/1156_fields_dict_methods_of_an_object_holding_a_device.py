# expect: writes=no reads=no risk=low approval=no
# why: `self.__dict__.update(...)` of an object holding a device is its attributes' dict's method, not a device command (red-team round 39, helper Q)
import tango
class Supply:
    def __init__(self, name):
        self.dev = tango.DeviceProxy(name)
        self.__dict__.update({"checked": True})
        self.__dict__.setdefault("notes", [])
s = Supply("lin/ps/1")
results = {"checked": s.checked}
