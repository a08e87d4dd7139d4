"""Stand-in ``epics.Alarm``, as pyepics': watches a PV (a read) through a callback on it,
and on a monitor event whose value trips the comparison calls the user's callback with
the PV's data, ``trip_point``, ``comparison`` and the PV's ``cb_info=(index, pv)``."""

import operator
import sys
import time

import _ground_truth as _gt

from . import pv


class Alarm:
    ops = {"eq": operator.__eq__, "==": operator.__eq__, "ne": operator.__ne__,
           "!=": operator.__ne__, "le": operator.__le__, "<=": operator.__le__,
           "lt": operator.__lt__, "<": operator.__lt__, "ge": operator.__ge__,
           ">=": operator.__ge__, "gt": operator.__gt__, ">": operator.__gt__}

    def __init__(self, pvname, comparison=None, trip_point=None, callback=None,
                 alert_delay=10):
        if isinstance(pvname, pv.PV):
            self.pv = pvname
        elif isinstance(pvname, str):
            self.pv = pv.get_pv(pvname)
            self.pv.connect()
        _gt.read("epics.Alarm", self.pv.pvname)
        if self.pv is None or comparison is None or trip_point is None:
            raise UserWarning("alarm requires valid PV, comparison, and trip_point")
        self.trip_point = trip_point
        self.last_alert = 0
        self.alert_delay = alert_delay
        self.user_callback = callback
        self.cmp = None
        self.comp_name = "Not Defined"
        if callable(comparison):
            self.comp_name = comparison.__name__
            self.cmp = comparison
        elif comparison is not None:
            self.cmp = self.ops.get(comparison.replace("_", ""), None)
            if self.cmp is not None:
                self.comp_name = comparison
        self.alarm_state = False
        self.pv.add_callback(self.check_alarm)
        self.check_alarm()

    def reset(self):
        self.last_alert = 0
        self.alarm_state = False

    def check_alarm(self, pvname=None, value=None, char_value=None, **kw):
        if (pvname is None or value is None or self.cmp is None
                or self.trip_point is None):
            return
        if char_value is None:
            char_value = value
        old_alarm_state = self.alarm_state
        self.alarm_state = self.cmp(value, self.trip_point)
        now = time.time()
        if (self.alarm_state and not old_alarm_state
                and ((now - self.last_alert) > self.alert_delay)):
            self.last_alert = now
            if callable(self.user_callback):
                self.user_callback(pvname=pvname, value=value, char_value=char_value,
                                   trip_point=self.trip_point, comparison=self.comp_name,
                                   **kw)
            else:
                sys.stdout.write("Alarm: %s=%s\n" % (pvname, char_value))
