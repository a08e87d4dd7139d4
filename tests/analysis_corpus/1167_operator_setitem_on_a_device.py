# expect: writes=yes reads=no risk=low approval=yes
# why: operator.setitem(dev, name, value) is the device's item assignment, directly, through a from-import, a partial or map (red-team round 40, helper T)
import functools
import operator
from operator import setitem
from tango import DeviceProxy
dev = DeviceProxy("sr/ps/1")
operator.setitem(dev, "Current", 1.0)
setitem(DeviceProxy("sr/ps/2"), "Current", 2.0)
functools.partial(operator.setitem, DeviceProxy("sr/ps/3"), "Current")(3.0)
list(map(operator.setitem, [DeviceProxy("sr/ps/4")], ["Current"], [4.0]))
results = {}
