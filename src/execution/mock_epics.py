"""A pyepics-compatible ``epics`` module over pyexec's mock channel store.

Installed for ``PYEXEC_CONTROL_SYSTEM_TYPE=mock`` so that write paths can be exercised and
demonstrated without EPICS: ``caget``, ``caput``, ``caget_many``, ``caput_many``, ``PV`` (``get``,
``put``, the ``value`` property), ``get_pv`` and ``epics.ca`` (``create_channel``, ``get``,
``put``). Every write goes through ``pyexec_runtime.write_channels``: refused outside
``write_access`` mode, checked against the channel limits, recorded in the run's write log.
"""

import pyexec_runtime as _runtime

from . import ca  # noqa: F401  (``epics.ca`` as in pyepics)

__all__ = ["PV", "ca", "caget", "caget_many", "caput", "caput_many", "get_pv"]


def caget(pvname, *args, **kwargs):
    return _runtime.read_channel(pvname)


def caget_many(pvlist, *args, **kwargs):
    values = _runtime.read_channels(pvlist)
    return [values[str(name)] for name in pvlist]


def caput(pvname, value, *args, **kwargs):
    _runtime.write_channel(pvname, value)
    return 1


def caput_many(pvlist, values, *args, **kwargs):
    _runtime.write_channels(dict(zip([str(n) for n in pvlist], values)))
    return [1 for _ in pvlist]


class PV:
    """A channel by name, as ``epics.PV``."""

    def __init__(self, pvname, *args, **kwargs):
        self.pvname = str(pvname)
        self.connected = True

    def wait_for_connection(self, timeout=None):
        return True

    def get(self, *args, **kwargs):
        return _runtime.read_channel(self.pvname)

    def put(self, value, *args, **kwargs):
        _runtime.write_channel(self.pvname, value)
        return 1

    @property
    def value(self):
        return self.get()

    @value.setter
    def value(self, value):
        self.put(value)

    def __repr__(self):
        return "<PV %r (pyexec mock)>" % self.pvname


def get_pv(pvname, *args, **kwargs):
    return PV(pvname)
