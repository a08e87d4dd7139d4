# expect: writes=yes reads=no risk=low approval=yes
# why: a helper returning a `DeviceProxy`: `.discard()` on its result is the device's command (red-team round 23)
import tango
def make():
    return tango.DeviceProxy("sr/ps/q1")
make().discard()
results = {"done": True}
