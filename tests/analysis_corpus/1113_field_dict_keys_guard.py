# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1112: devices stored as a field dict's keys by item or by display stay its keys, and a field dict handed to a helper or aliased may get any key
import tango


def fill(table):
    table[tango.DeviceProxy("sr/ps/q3")] = "q3"


class Bank:
    def __init__(self):
        self.by_device = {tango.DeviceProxy("sr/ps/q1"): "q1"}
        self.extra = {}
        self.loaded = {}
        fill(self.loaded)

    def add(self, name):
        self.extra[tango.DeviceProxy(name)] = name


bank = Bank()
bank.add("sr/ps/q2")
for device in bank.by_device:
    device.On()
for device, name in bank.extra.items():
    device.Standby()
for device in bank.loaded.keys():
    device.Off()
