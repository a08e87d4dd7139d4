"""Stand-in ``epics.PV``: ``put`` and assigning ``value`` write; ``get`` and ``value`` read.

Callbacks run as pyepics runs them (red-team round 43, helper D): the stand-in PV connects
at once, so connection and access callbacks run when it is made, with ``pvname``, ``conn``
and ``pv=self``; value callbacks given to the constructor get the first monitor event at
once, and every user callback gets a monitor event at each ``poll()`` (``epics.poll``,
``ca.poll``, ``ca.pend_event``, ``PV.poll``), with the PV's data and ``cb_info=(index,
self)``; ``add_callback(..., run_now=True)``, ``run_callbacks()`` and ``run_callback(i)``
run them at once. A put with ``callback=`` runs it on completion with ``pvname`` and
``data=callback_data``."""

import _ground_truth as _gt

_LIVE = []
_DELIVERING = [False]


def _deliver_all():
    """One monitor event for every PV with callbacks (a value change seen at a poll)."""
    if _DELIVERING[0]:
        return
    _DELIVERING[0] = True
    try:
        for pv in list(_LIVE):
            if pv.callbacks:
                pv.run_callbacks()
    finally:
        _DELIVERING[0] = False


class PV:
    def __init__(self, pvname, callback=None, form="time", verbose=False, auto_monitor=None,
                 count=None, connection_callback=None, connection_timeout=None,
                 access_callback=None, **kwargs):
        self.pvname = pvname
        self.connected = True
        self.callbacks = {}
        self.connection_callbacks = []
        self.access_callbacks = []
        if connection_callback is not None:
            self.connection_callbacks = [connection_callback]
        if access_callback is not None:
            self.access_callbacks = [access_callback]
        if isinstance(callback, (tuple, list)):
            for i, thiscb in enumerate(callback):
                if hasattr(thiscb, "__call__"):
                    self.callbacks[i] = (thiscb, {})
        elif hasattr(callback, "__call__"):
            self.callbacks[0] = (callback, {})
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
        _LIVE.append(self)
        self._on_connect()
        if self.callbacks:
            # The first monitor event, at connection.
            self.run_callbacks()

    def _on_connect(self, conn=True):
        for cb in list(self.access_callbacks):
            if hasattr(cb, "__call__"):
                cb(True, True, pv=self)
        for cb in list(self.connection_callbacks):
            if hasattr(cb, "__call__"):
                cb(pvname=self.pvname, conn=conn, pv=self)

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
        if hasattr(callback, "__call__"):
            callback(pvname=self.pvname, data=callback_data)
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

    def _data(self):
        return {"pvname": self.pvname, "value": 1.0, "char_value": "1.0", "status": 0,
                "severity": 0, "timestamp": 0.0, "count": 1, "type": "double",
                "units": "mA", "precision": 3, "host": "localhost:5064",
                "upper_ctrl_limit": 100.0, "lower_ctrl_limit": 0.0}

    def run_callback(self, index):
        try:
            fcn, kwargs = self.callbacks[index]
        except KeyError:
            return
        _gt.read("epics.PV.monitor_event", self.pvname)
        kwd = self._data()
        kwd.update(kwargs)
        kwd["cb_info"] = (index, self)
        if hasattr(fcn, "__call__"):
            fcn(**kwd)

    def run_callbacks(self):
        for index in sorted(list(self.callbacks.keys())):
            self.run_callback(index)

    def add_callback(self, callback=None, index=None, run_now=False, with_ctrlvars=True,
                     **kw):
        _gt.read("epics.PV.add_callback", self.pvname)
        if hasattr(callback, "__call__"):
            if index is None:
                index = 1
                if len(self.callbacks) > 0:
                    index = 1 + max(self.callbacks.keys())
            self.callbacks[index] = (callback, kw)
        if run_now:
            self.get(as_string=True)
            self.run_callback(index)
        return index

    def remove_callback(self, index=None):
        self.callbacks.pop(index, None)

    def clear_callbacks(self):
        self.callbacks = {}

    def poll(self, evt=1.0e-4, iot=1.0):
        _deliver_all()

    def disconnect(self, deepclean=True):
        self.connected = False
        self.callbacks = {}

    def reconnect(self):
        self.connected = True
        self._on_connect()
        return True

    def __repr__(self):
        return "<PV %r>" % self.pvname


_CACHE = {}


def get_pv(pvname, form="time", connect=False, context=None, timeout=5.0, **kwargs):
    if pvname not in _CACHE:
        _CACHE[pvname] = PV(pvname, form=form, **kwargs)
    return _CACHE[pvname]
