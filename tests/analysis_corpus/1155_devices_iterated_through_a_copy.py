# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1154: a copy of a list of devices holds the devices, so `dev.clear()` is Tango's `Clear` command (red-team round 39)
import tango
devs = [tango.DeviceProxy("sr/ps/1"), tango.DeviceProxy("sr/ps/2")]
for dev in sorted(devs, key=str)[:]:
    dev.clear()
results = {}
