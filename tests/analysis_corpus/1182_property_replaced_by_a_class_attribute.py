# expect: writes=yes reads=no risk=low approval=yes
# why: a property replaced by a class attribute, in a subclass's body or by assignment to the class, gives that value: here a device (red-team round 40, helper Z)
from tango import DeviceProxy
class Beamline:
    @property
    def devices(self):
        return {"mono": 1}
class Replaced(Beamline):
    devices = DeviceProxy("bl/mono/1")
Replaced().devices.On()
Beamline.devices = DeviceProxy("bl/mono/2")
Beamline().devices.Init()
results = {}
