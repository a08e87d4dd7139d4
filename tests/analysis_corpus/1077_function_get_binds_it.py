# expect: writes=yes reads=no risk=low approval=yes
# why: `func.__get__(obj)` is the function bound to `obj`; calling it gives what the function returns (red-team round 34: missed)
import tango


def spare(owner):
    return tango.DeviceProxy("sr/ps/q2")


spare.__get__(0)().Standby()
results = {}
