# expect: writes=yes reads=no risk=low approval=yes
# why: a parameter handed a `DeviceProxy`: `device.update()` is the device's `Update` command (red-team round 23)
import tango
def reset(device):
    device.update()
reset(tango.DeviceProxy("sr/ps/q1"))
results = {"done": True}
