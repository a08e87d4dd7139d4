# expect: writes=yes reads=no risk=low approval=yes
# why: a DeviceProxy subclass overrides write_attribute and calls super().write_attribute (round 14)
import tango
class Supply(tango.DeviceProxy):
    def write_attribute(self, name, value, *args):
        print("writing", name, value)
        return super().write_attribute(name, value)
Supply("sr/ps/qf1").write_attribute("Current", 3.0)
results = {}
