# expect: writes=yes reads=no risk=low approval=yes
# why: `d.update(obj)` and `{**obj}` of a local mapping copy the keys its `keys()` gives, as `dict(obj)` already did (red-team round 34: devices given as keys were lost and the commands run on them passed clean)
import tango


class Magnets:
    def keys(self):
        return [tango.DeviceProxy("sr/ps/qf1"), tango.DeviceProxy("sr/ps/qd1")]

    def __getitem__(self, key):
        return 0.0


pending = {}
pending.update(Magnets())
for device in pending:
    device.On()
snapshot = {**Magnets()}
for device in snapshot:
    device.Off()
results = {}
