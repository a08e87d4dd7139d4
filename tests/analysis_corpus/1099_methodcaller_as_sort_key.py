# expect: writes=yes reads=yes risk=low approval=yes
# why: a `methodcaller` of a command as a sort key (`max`, `sorted`, `list.sort`, `heapq.nlargest`) calls it on every element, as `map` does (red-team round 36: all passed clean)
import heapq
import operator
from operator import methodcaller

import epics
import tango

magnets = [tango.DeviceProxy("sr/ps/qf1"), tango.DeviceProxy("sr/ps/qd1")]


def strongest():
    return max(magnets, key=operator.methodcaller("Measure"))


strongest()
measure = methodcaller("Calibrate")
ordered = sorted(magnets, key=measure)
magnets.sort(key=methodcaller("write_attribute", "Current", 1.0))
heapq.nlargest(1, [epics.PV("SR:QF1:SP")], key=methodcaller("put", 0.0))
results = {}
