# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1101: with the values kept apart, the keys stored one by one are still the devices (iterated, through an alias, a copy, `items()` and `next(iter(...))`), and a device stored as a value is still one
import tango

done = {}
done[tango.DeviceProxy("sr/ps/qf1")] = True
alias = done
for device in alias:
    device.On()
for device, _ in dict(done).items():
    device.Standby()
next(iter(done)).Init()
spares = {}
spares["qd1"] = tango.DeviceProxy("sr/ps/qd1")
spares["qd1"].Off()
results = {}
