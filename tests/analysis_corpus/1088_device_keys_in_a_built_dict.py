# expect: writes=yes reads=no risk=low approval=yes
# why: a dict a helper returns keeps the devices stored as its keys (red-team round 34: the keys of a dict that was not made in this scope were dropped, and the command run on each key passed clean)
import tango


def build():
    return dict(created=0)


table = build()
table[tango.DeviceProxy("sr/ps/qf1")] = 1
for device in table:
    device.On()
results = {}
