# expect: writes=no reads=no risk=low approval=no
# why: `dict(zip(names, devs))` keeps its keys (the names) apart from its values (the proxies), so `key.upper()` is string work (red-team round 33; a false write before)
import tango
names = ["sr/ps/q1", "sr/ps/q2"]
devs = [tango.DeviceProxy(n) for n in names]
by_name = dict(zip(names, devs))
by_name["sr/ps/q3"] = tango.DeviceProxy("sr/ps/q3")
labels = [key.upper() for key in by_name]
results = {"labels": labels, "n": len(by_name)}
