# expect: writes=no reads=yes risk=low approval=no
# why: the usual object.__getattribute__(self, item) body of a local __getattribute__ (round 14 false alarm)
import tango


class Counted:
    def __init__(self, name):
        self._proxy = tango.DeviceProxy(name)

    def __getattribute__(self, item):
        return object.__getattribute__(self, item)

    @property
    def temperature(self):
        return self._proxy.read_attribute("Temperature").value


results = {"t": Counted("sr/mag/1").temperature}
