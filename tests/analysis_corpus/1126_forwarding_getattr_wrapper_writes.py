# expect: writes=yes reads=no risk=low approval=yes
# why: through a forwarding __getattr__, `w.put(...)` is the wrapped PV's put, also through a wrapper around a wrapper and on a Tango proxy's command (red-team round 38)
import epics
import tango


class Passthrough:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


Passthrough(Passthrough(epics.PV("SR:RF:VOLTAGE"))).put(1.2)
Passthrough(tango.DeviceProxy("sr/rf/cav1")).On()
results = {}
