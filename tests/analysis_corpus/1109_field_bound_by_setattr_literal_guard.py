# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1108: where `setattr` may bind a field by a string, `self.devices` may be the device it set, so `.append` is its command
import tango


class DeviceGroup:
    def __init__(self):
        self.devices = []


group = DeviceGroup()
setattr(group, "devices", tango.DeviceProxy("sr/ps/q1"))
group.devices.append(1)
