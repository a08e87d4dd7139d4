# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a user-defined read-only method on an epics.Device subclass (b.position()) is reported as a resolved write epics.Device.position
from epics import Device
class BPM(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix, delim=":", attrs=("X", "Y"))
    def position(self):
        return self.get("X"), self.get("Y")
    def intensity(self):
        return self.get("SUM")
b = BPM("SR:C01:BPM1")
print(b.position())
print(b.intensity())
