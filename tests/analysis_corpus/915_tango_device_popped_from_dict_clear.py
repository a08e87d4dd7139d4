# expect: writes=yes reads=no risk=low approval=yes
# why: a Tango device popped out of a dict of proxies: `dev.clear()` is its `Clear` command, not the dict's method (red-team round 23)
import tango
names = ["sr/ps/q1", "sr/ps/q2"]
devices = {name: tango.DeviceProxy(name) for name in names}
dev = devices.pop("sr/ps/q1")
dev.clear()
results = {"left": len(devices)}
