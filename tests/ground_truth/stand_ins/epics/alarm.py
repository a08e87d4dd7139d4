"""Stand-in ``epics.Alarm``: watches a PV (a read)."""

import _ground_truth as _gt


class Alarm:
    def __init__(self, pvname, comparison=None, trip_point=None, callback=None,
                 alert_delay=10):
        _gt.read("epics.Alarm", pvname)
        self.pvname = pvname

    def reset(self):
        pass
