# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1152: a local method that returns `self` gives the device back, so `handle.On()` is its command (red-team round 39)
import tango
class Supply(tango.DeviceProxy):
    def me(self):
        return self
ps = Supply("sr/ps/1")
handle = ps.me()
handle.On()
results = {}
