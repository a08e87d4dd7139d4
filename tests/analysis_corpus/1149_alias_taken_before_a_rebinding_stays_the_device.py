# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1148: `old = d` before `d = {}` keeps the device, so `old.On()` is its command (red-team round 39)
import tango
d = tango.DeviceProxy("sr/ps/1")
old = d
d = {}
d["note"] = "switched"
old.On()
results = {"note": d["note"]}
