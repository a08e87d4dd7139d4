# expect: writes=no reads=yes risk=low approval=no
# why: a string spelled like a field (`{"devices": ...}`, `print("motors")`) binds no attribute when the code has no way to set one by name, so `self.devices.append(proxy)` is the list's (red-team round 37: false writes `DeviceProxy.append`)
import epics
import tango


class DeviceGroup:
    def __init__(self):
        self.devices = []
        self.motors = []

    def connect(self, names):
        for name in names:
            self.devices.append(tango.DeviceProxy(name))
            self.motors.append(epics.Motor(name.replace("/", ":")))


group = DeviceGroup()
group.connect(["sr/ps/q1", "sr/ps/q2"])
print("motors")
states = [str(device.state()) for device in group.devices]
results = {"devices": len(group.devices), "states": states}
