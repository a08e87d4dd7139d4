# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1163: at a loop's top the name may hold what the previous iteration bound last, here the device, so the item assignment is the device's on the second pass
import tango
dev = {"mode": None}
for member in ("sr/ps/1", "sr/ps/2"):
    dev["Mode"] = "REMOTE"
    dev = tango.DeviceProxy(member)
results = {}
