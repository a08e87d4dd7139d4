# expect: writes=yes reads=no risk=low approval=yes
# why: functools.singledispatch(on) in call form: its registry[object] gives on back through library code, so the device handed to it may be written (red-team round 42, helper B)
import functools

import tango


def on(dev):
    dev.On()


functools.singledispatch(on).registry[object](tango.DeviceProxy("sr/ps/qf1"))
results = {}
