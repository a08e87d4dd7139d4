# expect: writes=yes reads=no risk=high approval=n/a
# why: the guard for 1125: an attribute of a forwarding wrapper named at run time (`getattr(w, cmd.upper())`) is dynamic access to the device it wraps, and a wrapper handed to code the walk does not follow (`queue.put`) is the device handed on (red-team round 38)
import queue
import sys

import tango


class Passthrough:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


w = Passthrough(tango.DeviceProxy("sr/rf/cav1"))
getattr(w, sys.argv[-1].upper())()
jobs = queue.Queue()
jobs.put(w)
jobs.get().Off()
results = {}
