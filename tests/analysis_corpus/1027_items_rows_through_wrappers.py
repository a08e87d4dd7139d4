# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: `sorted(reg.items())`, `list(...)`, `enumerate(...)` and `filter(...)` of a registry of Tango devices keep names and devices apart, so `name.upper()` is the string's method, not a device command (red-team round 31; false writes before)
import tango
names = ["sr/ps/q1", "sr/ps/q2"]
reg = {n: tango.DeviceProxy(n) for n in names}
for name, dev in sorted(reg.items()):
    print(name.upper(), dev.read_attribute("Current").value)
for i, (name, dev) in enumerate(reg.items()):
    print(i, name.lower(), dev.state())
for name, dev in filter(None, list(reg.items())):
    print(name.split("/"), dev.status())
