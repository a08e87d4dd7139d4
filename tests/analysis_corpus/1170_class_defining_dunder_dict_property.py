# expect: writes=yes reads=no risk=high approval=n/a
# why: a class that defines __dict__ (here a property) or __getattribute__ makes obj.__dict__ something other than its attributes: reflective access, high risk, and an item store into it is a write that cannot be ruled out (red-team round 40, helper T)
from tango import DeviceProxy
class S:
    @property
    def __dict__(self):
        return DeviceProxy("a/b/c")
S().__dict__["Current"] = 1.0
results = {}
