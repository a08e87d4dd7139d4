# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1163: an except clause may start before the body's rebinding ran (json.loads raised), so the name is still the device there
import json
import tango
d = tango.DeviceProxy("sr/ps/1")
try:
    d = json.loads("not json")
    d["parsed"] = True
except ValueError:
    d["Mode"] = 1
results = {}
