# expect: writes=yes reads=no risk=low approval=yes
# why: staticmethod(on) written as a call, and lru_cache(on) too, give the function itself, which runs the device's command (red-team round 41, helper B; missed before)
import functools

import tango


def on(dev):
    dev.On()


class Supply:
    switch_on = staticmethod(on)


Supply.switch_on(tango.DeviceProxy("sr/ps/qf1"))
functools.lru_cache(on)(tango.DeviceProxy("sr/ps/qd1"))
results = {}
