# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1112: a `UserDict` subclass's inherited `update` stores into `self.data` where the walk does not see it, so the field's keys may be the devices it stores (red-team round 37, helper C)
import collections

import tango


class Registry(collections.UserDict):
    def __init__(self, names):
        self.data = {n: tango.DeviceProxy(n) for n in names}

    def report(self):
        for name in self.data:
            print(name.upper())


registry = Registry(["sr/ps/q1"])
registry.update({tango.DeviceProxy("sr/ps/q2"): "spare"})
registry.report()
