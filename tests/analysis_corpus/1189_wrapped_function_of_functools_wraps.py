# expect: writes=yes reads=no risk=low approval=yes
# why: functools.wraps(on) sets the wrapper's __wrapped__ to on, which calling runs (red-team round 41, helper B; missed before)
import functools

import tango


def on(dev):
    dev.On()


def logged(f):
    @functools.wraps(f)
    def wrapper(*args):
        print("skipped", f.__name__)

    return wrapper


logged(on).__wrapped__(tango.DeviceProxy("sr/ps/qf1"))
results = {}
