# expect: writes=no reads=yes risk=low approval=no
# why: what a read method a local DeviceProxy subclass inherits returns is a value, not the device (red-team round 34: `status().strip()` was a command)
import tango


class PowerSupply(tango.DeviceProxy):
    def label(self):
        return self.dev_name().upper()


supply = PowerSupply("sr/ps/q1")
lines = supply.status().strip().splitlines()
names = supply.get_attribute_list()
results = {"status": lines, "label": supply.label(), "n": len(names)}
