# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1130: a local function that returns what it is given hands the proxies back through `map` (red-team round 38)
import tango


def checked(dev):
    return dev


for dev in map(checked, [tango.DeviceProxy("bl/v/1")]):
    dev.Open()
results = {}
