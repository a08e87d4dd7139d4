# expect: writes=no reads=no risk=low approval=no
# why: `m = dict()` is an empty dict made here, like `m = {}`: its keys are the names stored, not the proxies stored under them (red-team round 32; a false write before)
import tango
proxies = dict()
for name in ["sr/ps/1", "sr/ps/2"]:
    proxies[name.upper()] = tango.DeviceProxy(name)
labels = [key.lower().replace("/", "_") for key in proxies]
results = {"labels": labels, "count": len(proxies)}
