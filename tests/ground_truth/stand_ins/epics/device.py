"""Stand-in ``epics.Device``: a field read is a read, assigning a field or ``put`` writes,
and any other public name is a field (read) whose call writes (``Scaler.CountTime(1)``)."""

import _ground_truth as _gt

from .pv import PV

# pyepics' own methods of devices, motors and the ``epics.devices`` classes that put nothing.
_READS = {"get", "get_position", "get_field", "save_state", "write_state", "get_info",
          "show_info", "within_limits", "check_limits", "get_all", "get_pv_name",
          "wait_for_connection", "add_callback", "remove_callback", "remove_callbacks",
          "clear_callback", "set_callback", "get_pv", "Read", "refresh", "show_all",
          "make_step_list", "readmca", "roi_calib_info", "get_rois", "get_calib",
          "get_energy",
          # pyepics' epics.devices read methods (scaler, struck, mca, AD file plugin).
          "getNames", "readmca", "mcaNread", "read_all_mcas", "saveMCAdata", "get_counts",
          "getLastFileName", "getTemplate", "getName", "getNumber", "getPath",
          "getFileNameByIndex", "WriteComplete", "check_limits", "show_info", "show_all",
          "refresh", "make_step_list"}


class _Field(float):
    def __new__(cls, owner, attr):
        obj = float.__new__(cls, 1.0)
        obj._owner = owner
        obj._attr = attr
        return obj

    def __call__(self, *args, **kwargs):
        if self._attr in _READS:
            _gt.read("epics.Device.%s()" % self._attr, self._owner._prefix)
            return {}
        _gt.write("epics.Device.%s()" % self._attr, self._owner._prefix, args)
        return 1


class Device:
    _delim = "."

    def __init__(self, prefix="", attrs=None, nonpvs=None, delim=".", timeout=None,
                 mutable=True, aliases=None, with_poll=True, **kwargs):
        object.__setattr__(self, "_prefix", prefix)
        object.__setattr__(self, "_delim", delim)
        object.__setattr__(self, "_pvs", {})
        object.__setattr__(self, "_aliases", dict(aliases or {}))
        object.__setattr__(self, "_nonpvs", set(nonpvs or ()) | {"_prefix", "_delim", "_pvs",
                                                                    "_aliases", "_nonpvs"})
        for attr in attrs or ():
            self.PV(attr)

    def _pvname(self, attr):
        return "%s%s%s" % (self._prefix, self._delim, attr)

    def PV(self, attr, connect=True, **kw):
        if attr not in self._pvs:
            self._pvs[attr] = PV(self._pvname(attr), **kw)
        return self._pvs[attr]

    add_pv = PV

    def put(self, attr, value, wait=False, use_complete=False, timeout=10):
        _gt.write("epics.Device.put", self._pvname(attr), value)
        return 1

    def get(self, attr, as_string=False, count=None, timeout=None):
        _gt.read("epics.Device.get", self._pvname(attr))
        return 1.0

    def save_state(self):
        _gt.read("epics.Device.save_state", self._prefix)
        return {}

    def restore_state(self, state):
        for attr, value in dict(state).items():
            self.put(attr, value)

    def write_state(self, fname, state=None):
        """Saves the current state (a read) to a file."""
        if state is None:
            state = self.save_state()
        with open(fname, "w") as out:
            for key, value in sorted(dict(state).items()):
                out.write("%s %s\n" % (key, value))

    def read_state(self, fname, restore=False):
        """Reads a state file; only ``restore=True`` puts it back (a write)."""
        state = {}
        with open(fname) as inp:
            for line in inp:
                if line.startswith("#") or not line.strip():
                    continue
                key, val = line.rstrip("\n").split(" ", 1)
                state[key] = val
        if restore:
            self.restore_state(state)
        return state

    def get_all(self):
        _gt.read("epics.Device.get_all", self._prefix)
        return {}

    def add_callback(self, attr, callback, **kws):
        """pyepics: the callback goes on the field's PV (it gets ``cb_info=(i, pv)``)."""
        _gt.read("epics.Device.add_callback", self._pvname(attr))
        return self.PV(attr).add_callback(callback, **kws)

    def remove_callbacks(self, attr, index=None):
        self.PV(attr).remove_callback(index=index)

    def pv_property(attr, as_string=False, wait=False, timeout=10.0):
        """pyepics' property factory (a plain function in the class body)."""
        return property(lambda self: self.get(attr, as_string=as_string),
                        lambda self, val: self.put(attr, val, wait=wait, timeout=timeout),
                        None, None)

    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(attr)
        attr = self._aliases.get(attr, attr)
        _gt.read("epics.Device.%s" % attr, self._pvname(attr))
        return _Field(self, attr)

    def __setattr__(self, attr, value):
        if attr.startswith("_") or attr in self._nonpvs or attr in type(self).__dict__:
            object.__setattr__(self, attr, value)
            return
        attr = self._aliases.get(attr, attr)
        _gt.write("epics.Device.%s=" % attr, self._pvname(attr), value)
