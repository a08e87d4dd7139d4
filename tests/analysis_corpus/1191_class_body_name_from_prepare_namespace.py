# expect: writes=yes reads=no risk=low approval=yes
# why: a class body runs in the namespace its metaclass's __prepare__ returns, so a bare name there may be a device (also through a dict subclass's __missing__) (red-team round 41, helper B; missed before)
import tango

SUPPLY = tango.DeviceProxy("sr/ps/qf1")


class Namespace(dict):
    def __missing__(self, key):
        if key == "supply":
            return SUPPLY
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()


class Startup(metaclass=Meta):
    supply.On()


results = {}
