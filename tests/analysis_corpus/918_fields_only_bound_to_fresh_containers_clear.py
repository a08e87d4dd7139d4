# expect: writes=no reads=yes risk=low approval=no
# why: fields only ever bound to fresh containers (`self.devices = {}`, `self.readings = []`): their `clear()` is the container's, whatever they hold (round 23)
import tango
class Monitor:
    def __init__(self, names):
        self.devices = {}
        self.readings = []
        for name in names:
            self.devices[name] = tango.DeviceProxy(name)
    def sample(self):
        for name, dev in self.devices.items():
            self.readings.append(dev.read_attribute("Current").value)
        return self.readings
    def reset(self):
        self.devices.clear()
        self.readings.clear()
m = Monitor(["sr/ps/q1"])
values = m.sample()
m.reset()
results = {"values": values}
