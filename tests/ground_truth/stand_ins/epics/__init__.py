"""Stand-in pyepics: every put is recorded as a write, every get as a read."""

import _ground_truth as _gt

from . import ca  # noqa: F401
from .pv import PV, get_pv
from .motor import Motor
from .device import Device

from .alarm import Alarm  # noqa: F401

__all__ = ["poll", "Alarm", "caget", "caput", "caget_many", "caput_many", "cainfo", "camonitor",
           "camonitor_clear", "PV", "get_pv", "Motor", "Device", "ca"]


def caget(pvname, as_string=False, **kwargs):
    _gt.read("epics.caget", pvname)
    return "1.0" if as_string else 1.0


def caput(pvname, value, wait=False, timeout=60, **kwargs):
    _gt.write("epics.caput", pvname, value)
    return 1


def caget_many(pvlist, **kwargs):
    pvlist = list(pvlist)
    for name in pvlist:
        _gt.read("epics.caget_many", name)
    return [1.0 for _ in pvlist]


def caput_many(pvlist, values, **kwargs):
    pvlist, values = list(pvlist), list(values)
    for name, value in zip(pvlist, values):
        _gt.write("epics.caput_many", name, value)
    return [1 for _ in pvlist]


def cainfo(pvname, print_out=True, **kwargs):
    _gt.read("epics.cainfo", pvname)
    return "== %s ==" % pvname


def camonitor(pvname, writer=None, callback=None, connection_timeout=5.0, **kws):
    """pyepics' ``camonitor``: the callback (or a printer) is added to the cached PV with
    index -999, so it gets monitor events (at ``poll()``) with ``cb_info=(-999, pv)``."""
    _gt.read("epics.camonitor", pvname)
    if writer is None:
        writer = print
    if callback is None:
        def callback(pvname=None, value=None, char_value=None, **kw):
            writer("%s %s" % (pvname, char_value))
    thispv = get_pv(pvname, form="time", connect=True)
    if thispv.connected:
        thispv.get()
        thispv.add_callback(callback, index=-999, with_ctrlvars=True)
        _PVmonitors_[pvname] = thispv


_PVmonitors_ = {}


def camonitor_clear(pvname):
    if pvname in _PVmonitors_:
        _PVmonitors_[pvname].remove_callback(index=-999)
        _PVmonitors_.pop(pvname)


def poll(evt=1.0e-4, iot=1.0):
    """Monitor events arrive: every PV's callbacks run once."""
    from .pv import _deliver_all
    _deliver_all()
