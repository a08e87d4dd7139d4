# expect: writes=no reads=no risk=low approval=no
# why: `devs = [[DeviceProxy(...)]]`: `devs[0]` is the inner list, and its `append` is the list's (round 25)
import tango
devs = [[tango.DeviceProxy('sr/ps/q1')]]
devs[0].append(5)
print(len(devs[0]))
