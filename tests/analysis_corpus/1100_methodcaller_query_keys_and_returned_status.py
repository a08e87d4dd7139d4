# expect: writes=no reads=yes risk=low approval=no
# why: the guard for 1099: a `methodcaller` of a query as a sort key only reads, and a helper's dict keyed by devices gives its text values back by device (`strip` is the text's)
import operator

import tango


def status_map(devices):
    return {device: device.status() for device in devices}


magnets = [tango.DeviceProxy("sr/ps/qf1"), tango.DeviceProxy("sr/ps/qd1")]
by_name = sorted(magnets, key=operator.methodcaller("dev_name"))
statuses = status_map(magnets)
lines = [statuses[device].strip().splitlines()[0] for device in magnets]
results = {"order": [d.dev_name() for d in by_name], "lines": lines}
