"""Stand-in ``epics.Motor``: moving, stopping, tweaking and field assignment write."""

import _ground_truth as _gt

from .device import Device


class Motor(Device):
    def __init__(self, name=None, timeout=3.0):
        Device.__init__(self, prefix=name, delim=".")

    def move(self, val=None, relative=False, wait=False, timeout=300.0, dial=False,
             step=False, raw=False, ignore_limits=False, confirm_move=False):
        _gt.write("epics.Motor.move", self._prefix, val)
        return 1

    def tweak(self, direction="forward", wait=False, timeout=300.0):
        _gt.write("epics.Motor.tweak", self._prefix, direction)

    def stop(self):
        _gt.write("epics.Motor.stop", self._prefix, 1)

    def set_position(self, position, dial=False, step=False, raw=False):
        _gt.write("epics.Motor.set_position", self._prefix, position)

    def get_position(self, dial=False, readback=False, step=False, raw=False):
        _gt.read("epics.Motor.get_position", self._prefix)
        return 1.0

    def within_limits(self, val, dial=False):
        _gt.read("epics.Motor.within_limits", self._prefix)
        return True

    def get_pv(self, attr):
        return self.PV(attr)

    def get_info(self):
        _gt.read("epics.Motor.get_info", self._prefix)
        return {}
