# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1163: after a loop left by break the name holds what the body bound before the break, the device, not the dict bound after it
import tango
d = {}
for member in ("sr/ps/1", "sr/ps/2"):
    d = tango.DeviceProxy(member)
    if member.endswith("2"):
        break
    d = {}
d["Mode"] = 1
results = {}
