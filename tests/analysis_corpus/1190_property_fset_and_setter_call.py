# expect: writes=yes reads=no risk=low approval=yes
# why: C.level.fset(obj, dev) is the @level.setter function, and `mode = property(get).setter(set)` in a class body makes an assignment run `set` (red-team round 41, helper B; missed before)
import tango


def _set_mode(self, dev):
    dev.Standby()


class Panel:
    @property
    def level(self):
        return 0

    @level.setter
    def level(self, dev):
        dev.On()

    mode = property(lambda self: None).setter(_set_mode)


Panel.level.fset(Panel(), tango.DeviceProxy("sr/ps/qf1"))
Panel().mode = tango.DeviceProxy("sr/ps/qd1")
results = {}
