# expect: writes=no reads=yes risk=low approval=no
# why: inherited methods of a local `list` subclass are the list's own (red-team round 34: `append` of a device was an unverified write to an unresolved callable)
import tango


class DeviceList(list):
    def states(self):
        return [dev.state() for dev in self]


devices = DeviceList()
for name in ["sr/ps/q1", "sr/ps/q2"]:
    devices.append(tango.DeviceProxy(name))
devices.sort(key=lambda dev: dev.dev_name())
results = {"states": [str(s) for s in devices.states()]}
