# expect: writes=no reads=yes risk=low approval=no
# why: `dict(name=device, ...)` keys its devices by the keywords' names: string methods on the keys are text's (red-team round 36: false writes `DeviceProxy.upper`)
import tango

magnets = dict(qf1=tango.DeviceProxy("sr/ps/qf1"), qd1=tango.DeviceProxy("sr/ps/qd1"))
labels = [name.upper() for name in magnets]
for name, device in magnets.items():
    print(name.upper(), device.state())
results = {"labels": labels}
