# expect: writes=no reads=yes risk=low approval=no
# why: a dict a method returns keeps its keys apart from its device values, on a name holding the instance or on a new one, and is a dict for its own methods (red-team round 34: `scan.devices().items()` was a device command and its keys devices)
import tango


class Scan:
    def __init__(self, names):
        self.names = names

    def devices(self):
        return {name: tango.DeviceProxy(name) for name in self.names}


scan = Scan(["sr/ps/q1", "sr/ps/q2"])
for name, dev in scan.devices().items():
    print(name.upper(), dev.state())
table = scan.devices()
for name in table:
    print(name.lower())
for name in Scan(["sr/ps/q3"]).devices().keys():
    print(name.title())
results = {"n": len(table)}
