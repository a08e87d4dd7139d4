# expect: writes=no reads=yes risk=low approval=no
# why: devices = self.devices then devices[name] = DeviceProxy(name) fills the cache dict, not the proxy's item assignment; the alias has the field's name (red-team round 42, helper A; was a false write)
import tango
class Registry:
    def __init__(self):
        self.devices = {}
    def add(self, name):
        devices = self.devices
        devices[name] = tango.DeviceProxy(name)
        return devices[name]
results = {"state": str(Registry().add("sr/ps/1").state())}
