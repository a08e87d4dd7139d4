# expect: writes=yes reads=no risk=low approval=yes
# why: tango.client.Device is `from tango import DeviceProxy as Device`; the re-export path is not normalised to tango.DeviceProxy
from tango.client import Device

d = Device("sr/ps/q1")
d.current = 10.0
