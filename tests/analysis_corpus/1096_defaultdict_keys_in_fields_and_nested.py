# expect: writes=yes reads=no risk=low approval=yes
# why: a device used as a key of a dict read through a field, a nested `defaultdict` or a helper's result is one of its keys (a `defaultdict` stores it), so commands run on the keys write (red-team round 35: all passed clean; only a `defaultdict` bound to a plain name was followed)
from collections import defaultdict

import tango


def new_index():
    return defaultdict(list)


class Faults:
    def __init__(self):
        self.by_device = defaultdict(list)

    def record(self, device, message):
        self.by_device[device].append(message)


faults = Faults()
faults.record(tango.DeviceProxy("sr/ps/qf1"), "trip")
for device in faults.by_device:
    device.Reset()

by_ring = defaultdict(lambda: defaultdict(list))
by_ring["sr"][tango.DeviceProxy("sr/ps/qd1")].append("drift")
for device in by_ring["sr"]:
    device.On()

index = new_index()
index[tango.DeviceProxy("sr/ps/sf1")].append(1)
for device in index:
    device.Init()
results = {}
