# expect: writes=no reads=yes risk=low approval=no
# why: a name bound only by plain assignments holds what the last one bound: `dev = {...}` after `dev = DeviceProxy(...)`, then `dev['within'] = ...`, is the dict's item, not the device's attribute (red-team round 39, helper P)
import tango
dev = tango.DeviceProxy("tl/sept/1")
pulse_kv = float(dev.PulseVoltage)
dev = {"name": "tl/sept/1", "limits": (0.0, 5.0)}
dev["within"] = dev["limits"][0] <= pulse_kv <= dev["limits"][1]
results = {"pulse_kv": pulse_kv, "within": dev["within"]}
