# expect: writes=no reads=yes risk=low approval=no
# why: a @property that returns a fresh dict of proxies gives a dict: its items() is the dict's, not a device command (red-team round 40, helper V)
from tango import DeviceProxy
class Beamline:
    def __init__(self, prefix):
        self.prefix = prefix
    @property
    def devices(self):
        return {"mono": DeviceProxy(self.prefix + "/mono/1"), "slit": DeviceProxy(self.prefix + "/slit/1")}
bl = Beamline("bl")
states = {}
for key, dev in bl.devices.items():
    states[key] = str(dev.state())
names = sorted(Beamline("bl2").devices.keys())
results = {"states": states, "names": names}
