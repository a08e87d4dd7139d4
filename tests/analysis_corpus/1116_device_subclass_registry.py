# expect: writes=no reads=yes risk=low approval=no
# why: a dict or list holding instances of a local `DeviceProxy` subclass has its own methods (`[...] =`, `items()`), and the subclass's own methods called on an item of a table that holds only its instances are its own (red-team round 37: false writes `DeviceProxy.__setitem__`, `.items`, `.summary`)
import tango


class PowerSupply(tango.DeviceProxy):
    def summary(self):
        return self.read_attribute("Current").value


supplies = {}
for name in ["sr/ps/q1", "sr/ps/q2"]:
    supplies[name] = PowerSupply(name)
report = {}
for name, supply in supplies.items():
    report[name] = str(supply.state())
for name, supply in zip(["q3"], [PowerSupply("sr/ps/q3")]):
    report[name] = supply.summary()
for supply in [PowerSupply(n) for n in ["sr/ps/q4"]]:
    report[supply.name()] = supply.summary()
results = report
