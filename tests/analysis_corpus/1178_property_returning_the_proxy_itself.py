# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1177: a property that returns the proxy itself gives the device, whose items() is a command
from tango import DeviceProxy
class Beamline:
    @property
    def devices(self):
        return DeviceProxy("bl/mono/1")
Beamline().devices.items()
results = {}
