# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1125: a forwarding wrapper handed to a call that calls its methods (`print(..., file=w)` calls `w.write`, the wrapped proxy's command) is the proxy handed there (red-team round 38, helper M)
import tango


class Passthrough:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._target, name)


w = Passthrough(tango.DeviceProxy("sr/ps/1"))
print("ramp done", file=w)
results = {}
