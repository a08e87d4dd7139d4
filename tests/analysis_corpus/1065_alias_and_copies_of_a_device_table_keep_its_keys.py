# expect: writes=no reads=yes risk=low approval=no
# why: an alias or a copy (`.copy()`, `dict()`, `{**d}`) of a dict keyed by names keeps its keys apart from the devices it holds (red-team round 34: the keys were taken for devices, `name.upper()` a command)
import tango
devices = {name: tango.DeviceProxy(name) for name in ["sr/ps/q1", "sr/ps/q2"]}
table = devices
for name in table:
    print(name.upper())
snapshot = devices.copy()
again = dict(devices)
merged = {**devices}
for name, dev in snapshot.items():
    print(name.split("/")[-1], dev.state())
for name in again.keys():
    print(name.lower())
for name, dev in merged.items():
    print(name.title(), dev.status())
results = {"n": len(table)}
