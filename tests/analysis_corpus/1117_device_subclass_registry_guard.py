# expect: writes=yes reads=yes risk=low approval=yes
# why: the guard for 1116: a list that also holds a plain proxy runs its command of that name, an item taken out of the dict is the device (`supplies['q1']['Current'] = 1`), and a command the subclass does not define is the device's
import tango


class PowerSupply(tango.DeviceProxy):
    def summary(self):
        return self.read_attribute("Current").value


mixed = [PowerSupply("sr/ps/q1")]
mixed.append(tango.DeviceProxy("sr/ps/q2"))
for device in mixed:
    device.summary()
supplies = {}
supplies["q1"] = PowerSupply("sr/ps/q1")
supplies["q1"]["Current"] = 1.0
for supply in [PowerSupply(n) for n in ["sr/ps/q3"]]:
    supply.On()
