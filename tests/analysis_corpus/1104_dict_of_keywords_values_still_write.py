# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1103: the values of `dict(name=device)` are still the devices, by key, over `values()`, `items()`, an alias and a list stored under a keyword
import tango

magnets = dict(qf1=tango.DeviceProxy("sr/ps/qf1"), spares=[])
magnets["spares"].append(tango.DeviceProxy("sr/ps/qd1"))
magnets["qf1"].On()
for _, device in magnets.items():
    if hasattr(device, "Standby"):
        device.Standby()
same = magnets
for spare in same["spares"]:
    spare.Off()
results = {}
