# expect: writes=yes reads=no risk=low approval=yes
# why: a DeviceProxy subclass's write_attribute checks a class-body limit, then calls super() (round 14)
import tango


class SafePS(tango.DeviceProxy):
    limit = 50.0

    def write_attribute(self, name, value):
        if abs(value) > self.limit:
            raise ValueError("too high")
        return super().write_attribute(name, value)


SafePS("sr/ps-qf/1").write_attribute("Current", 12.0)
results = {"QF1": 12.0}
