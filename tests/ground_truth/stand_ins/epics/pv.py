"""Stand-in ``epics.PV``: ``put`` and assigning ``value`` write; ``get`` and ``value`` read."""

import _ground_truth as _gt


class PV:
    def __init__(self, pvname, callback=None, form="time", verbose=False, auto_monitor=None,
                 count=None, connection_callback=None, connection_timeout=None,
                 access_callback=None, **kwargs):
        self.pvname = pvname
        self.connected = True
        self.callbacks = {}
        self.units = "mA"
        self.precision = 3
        self.severity = 0
        self.status = 0
        self.timestamp = 0.0
        self.host = "localhost:5064"
        self.count = 1
        self.type = "double"
        self.upper_ctrl_limit = 100.0
        self.lower_ctrl_limit = 0.0
        self.upper_disp_limit = 100.0
        self.lower_disp_limit = 0.0
        self.read_access = True
        self.write_access = True
        self.put_complete = True
        if callback is not None:
            self.add_callback(callback)

    def wait_for_connection(self, timeout=None):
        return True

    def connect(self, timeout=None):
        return True

    def get(self, count=None, as_string=False, as_numpy=True, timeout=None,
            with_ctrlvars=False, use_monitor=True):
        _gt.read("epics.PV.get", self.pvname)
        return "1.0" if as_string else 1.0

    def get_with_metadata(self, **kwargs):
        _gt.read("epics.PV.get_with_metadata", self.pvname)
        return {"value": 1.0, "timestamp": 0.0, "status": 0, "severity": 0}

    def get_ctrlvars(self, **kwargs):
        _gt.read("epics.PV.get_ctrlvars", self.pvname)
        return {"upper_ctrl_limit": 100.0, "lower_ctrl_limit": 0.0, "units": "mA"}

    def get_timevars(self, **kwargs):
        _gt.read("epics.PV.get_timevars", self.pvname)
        return {"timestamp": 0.0}

    def put(self, value, wait=False, timeout=30.0, use_complete=False, callback=None,
            callback_data=None):
        _gt.write("epics.PV.put", self.pvname, value)
        return 1

    @property
    def value(self):
        return self.get()

    @value.setter
    def value(self, val):
        self.put(val)

    @property
    def info(self):
        _gt.read("epics.PV.info", self.pvname)
        return "== %s ==" % self.pvname

    @property
    def char_value(self):
        return self.get(as_string=True)

    def add_callback(self, callback=None, index=None, run_now=False, with_ctrlvars=True,
                     **kw):
        _gt.read("epics.PV.add_callback", self.pvname)
        index = len(self.callbacks) if index is None else index
        self.callbacks[index] = (callback, kw)
        return index

    def remove_callback(self, index=None):
        self.callbacks.pop(index, None)

    def clear_callbacks(self):
        self.callbacks.clear()

    def run_callbacks(self):
        pass

    def poll(self, evt=1.0e-4, iot=1.0):
        pass

    def disconnect(self, deepclean=True):
        self.connected = False

    def reconnect(self):
        self.connected = True
        return True

    def __repr__(self):
        return "<PV %r>" % self.pvname


_CACHE = {}


def get_pv(pvname, form="time", connect=False, context=None, timeout=5.0, **kwargs):
    if pvname not in _CACHE:
        _CACHE[pvname] = PV(pvname, form=form, **kwargs)
    return _CACHE[pvname]
