# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1177: where a class answers attributes with __getattr__, a name some class defines as a property returning {} may be the device it hands out (red-team round 40, helper Z)
import tango
dev = tango.DeviceProxy('sr/ps/1')
class C:
    @property
    def cfg(self):
        return {}
class H:
    def __getattr__(self, n):
        return dev
H().cfg.clear()
results = {}
