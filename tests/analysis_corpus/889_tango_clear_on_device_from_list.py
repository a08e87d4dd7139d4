# expect: writes=yes reads=no risk=low approval=yes
# why: a Tango device taken out of a list is the device: `dev.clear()` is its `Clear` command, not the list's method (red-team round 22)
import tango
alarms = [tango.DeviceProxy("sr/alarm/1")]
for dev in alarms:
    dev.clear()
