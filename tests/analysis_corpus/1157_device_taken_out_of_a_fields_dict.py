# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1156: what `s.__dict__.get('dev')` gives is the device, so `.Reset()` is its command (red-team round 39)
import tango
class Supply:
    def __init__(self, name):
        self.dev = tango.DeviceProxy(name)
s = Supply("lin/ps/1")
s.__dict__.get("dev").Reset()
results = {}
