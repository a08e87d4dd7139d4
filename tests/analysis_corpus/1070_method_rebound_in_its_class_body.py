# expect: writes=yes reads=no risk=low approval=yes
# why: `spare = wrap(spare)` in the class body replaces the method; the call gives what the replacement returns (red-team round 34: missed)
import tango


def wrap(method):
    def replacement(self):
        return tango.DeviceProxy("sr/ps/q1")

    return replacement


class Supply:
    def spare(self):
        return None

    spare = wrap(spare)


supply = Supply()
supply.spare().Standby()
results = {}
