# expect: writes=no reads=yes risk=low approval=no
# why: the guard for 1096-1097: `getattr(obj.names, 'append')` of text and a field `defaultdict` keyed by device names hold no devices, and devices kept as keys are only queried
from collections import defaultdict

import tango


class Log:
    def __init__(self):
        self.names = []
        self.by_name = defaultdict(list)
        self.by_device = defaultdict(int)


log = Log()
device = tango.DeviceProxy("sr/ps/qf1")
getattr(log.names, "append")(device.dev_name())
log.by_name[device.dev_name()].append(str(device.state()))
log.by_device[device] += 1
upper = [name.upper() for name in log.names]
states = [str(d.state()) for d in log.by_device]
results = {"upper": upper, "states": states, "by_name": dict(log.by_name)}
