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

    def set_callback(self, attr="VAL", callback=None, kws=None):
        """pyepics: the callback goes on the field's PV, with ``motor_field=attr``."""
        self.get(attr)
        kw_args = {"motor_field": attr}
        if kws is not None:
            kw_args.update(kws)
        index = self.PV(attr).add_callback(callback=callback, **kw_args)
        object.__setattr__(self, "_callbacks", dict(getattr(self, "_callbacks", {})))
        self._callbacks[attr] = index

    def clear_callback(self, attr="drive"):
        index = getattr(self, "_callbacks", {}).get(attr, None)
        if index is not None:
            self.PV(attr).remove_callback(index=index)

    def get_info(self):
        _gt.read("epics.Motor.get_info", self._prefix)
        return {}
