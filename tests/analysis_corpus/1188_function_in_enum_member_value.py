# expect: writes=yes reads=no risk=low approval=yes
# why: a function kept in an enum member's value is a value, not a method: Action.ON.value[0](dev) runs it (red-team round 41, helper B; missed before)
import enum

import tango


def on(dev):
    dev.On()


class Action(enum.Enum):
    ON = (on,)


Action.ON.value[0](tango.DeviceProxy("sr/ps/qf1"))
results = {}
