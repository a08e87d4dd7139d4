# expect: writes=yes reads=no risk=low approval=yes
# why: a property's `__get__` called by hand (`Cls.prop.__get__(obj)`) gives the property's value, so the device comes back tracked (red-team round 34: missed)
import tango


class Supply:
    @property
    def proxy(self):
        return tango.DeviceProxy("sr/ps/q1")


Supply.proxy.__get__(Supply()).On()
results = {}
