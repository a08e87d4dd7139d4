# expect: writes=yes reads=no risk=low approval=yes
# why: reading a missing key of a `defaultdict` stores it, so the devices it was indexed with are its keys (red-team round 34: `for device in by_device: device.On()` passed clean)
import collections

import tango

by_device = collections.defaultdict(list)
for name in ["sr/ps/qf1", "sr/ps/qd1"]:
    ps = tango.DeviceProxy(name)
    by_device[ps].append(name)
for device in by_device:
    device.On()
results = {}
