"""Stand-in ``caproto.threading.pyepics_compat``: pyepics' API over caproto."""

import _ground_truth as _gt


class PV:
    def __init__(self, pvname, callback=None, form="time", verbose=False, auto_monitor=None,
                 count=None, connection_callback=None, connection_timeout=None,
                 access_callback=None, context=None, **kwargs):
        self.pvname = pvname
        self.connected = True

    def wait_for_connection(self, timeout=None):
        return True

    def get(self, *args, **kwargs):
        _gt.read("caproto.pyepics_compat.PV.get", self.pvname)
        return 1.0

    def put(self, value, *args, **kwargs):
        _gt.write("caproto.pyepics_compat.PV.put", self.pvname, value)
        return 1

    @property
    def value(self):
        return self.get()

    @value.setter
    def value(self, val):
        self.put(val)

    def add_callback(self, callback=None, **kwargs):
        _gt.read("caproto.pyepics_compat.PV.add_callback", self.pvname)
        return 0


def get_pv(pvname, *args, **kwargs):
    return PV(pvname, **kwargs)


def caget(pvname, *args, **kwargs):
    _gt.read("caproto.pyepics_compat.caget", pvname)
    return 1.0


def caput(pvname, value, *args, **kwargs):
    _gt.write("caproto.pyepics_compat.caput", pvname, value)
    return 1
