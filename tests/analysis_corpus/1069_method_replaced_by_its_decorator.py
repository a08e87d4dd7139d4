# expect: writes=yes reads=no risk=low approval=yes
# why: a method a local decorator replaces gives what the replacement returns (red-team round 34: the call gave the `def`'s own `None`, and the command on the device was missed)
import tango


def wrap(method):
    def replacement(self):
        return tango.DeviceProxy("sr/ps/q1")

    return replacement


class Supply:
    @wrap
    def proxy(self):
        return None


Supply().proxy().On()
results = {}
