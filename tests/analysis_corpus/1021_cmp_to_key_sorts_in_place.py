# expect: writes=yes reads=no risk=low approval=yes
# why: a comparison wrapped by `functools.cmp_to_key` for `list.sort` and `heapq.nsmallest` is called with two elements each time, devices here, which it writes (red-team round 31; `sorted` was already followed)
import functools
import heapq
import tango
devs = [tango.DeviceProxy("sr/ps/q1"), tango.DeviceProxy("sr/ps/q2")]
def order(a, b):
    a.write_attribute("Current", 0.0)
    return 0
devs.sort(key=functools.cmp_to_key(order))
first = heapq.nsmallest(1, devs, key=functools.cmp_to_key(lambda a, b: b.write_attribute("Current", 1.0) or 0))
