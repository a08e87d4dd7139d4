# expect: writes=no reads=yes risk=low approval=no
# why: devices copied as keys from a local mapping (`update`, `**`) and only queried stay reads, and the mapping object itself is no key; the guard for 1094
import tango


class Magnets:
    def keys(self):
        return [tango.DeviceProxy("sr/ps/qf1"), tango.DeviceProxy("sr/ps/qd1")]

    def __getitem__(self, key):
        return 0.0


pending = {}
pending.update(Magnets())
snapshot = {**Magnets()}
states = [str(device.state()) for device in pending]
names = [device.dev_name() for device in snapshot]
total = sum(pending.values())
results = {"states": states, "names": names, "total": total}
