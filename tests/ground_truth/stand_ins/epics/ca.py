"""Stand-in ``epics.ca``: channel ids are their names; ``put`` writes."""

import _ground_truth as _gt


class _Chid(str):
    pass


def initialize_libca():
    pass


def finalize_libca(maxtime=10.0):
    pass


def create_channel(pvname, connect=False, auto_cb=True, callback=None):
    return _Chid(pvname)


def connect_channel(chid, timeout=None, verbose=False):
    return True


def name(chid):
    return str(chid)


def isConnected(chid):
    return True


def get(chid, ftype=None, count=None, wait=True, timeout=None, as_string=False,
        as_numpy=True):
    _gt.read("epics.ca.get", chid)
    return 1.0


def get_with_metadata(chid, **kwargs):
    _gt.read("epics.ca.get_with_metadata", chid)
    return {"value": 1.0}


def put(chid, value, wait=False, timeout=30, callback=None, callback_data=None):
    _gt.write("epics.ca.put", chid, value)
    return 1


def pend_io(timeout=1.0):
    pass


def pend_event(timeout=1.0e-5):
    from .pv import _deliver_all
    _deliver_all()


def poll(evt=1.0e-5, iot=1.0):
    from .pv import _deliver_all
    _deliver_all()


def clear_channel(chid):
    pass


def get_complete(chid, ftype=None, count=None, timeout=None, as_string=False, as_numpy=True):
    _gt.read("epics.ca.get_complete", chid)
    return 1.0


def get_ctrlvars(chid, timeout=5.0, warn=True):
    _gt.read("epics.ca.get_ctrlvars", chid)
    return {"upper_ctrl_limit": 100.0, "lower_ctrl_limit": 0.0}


def get_timevars(chid, timeout=5.0, warn=True):
    _gt.read("epics.ca.get_timevars", chid)
    return {"timestamp": 0.0}


def get_precision(chid):
    _gt.read("epics.ca.get_precision", chid)
    return 3


def field_type(chid):
    return 6


def element_count(chid):
    return 1


def host_name(chid):
    return "localhost:5064"


def read_access(chid):
    return True


def write_access(chid):
    return True


def create_subscription(chid, use_time=False, use_ctrl=False, mask=None, callback=None,
                        count=0, timeout=None):
    _gt.read("epics.ca.create_subscription", chid)
    return (None, None, 1)


def clear_subscription(event_id):
    pass


class _SyncGroup(int):
    pass


def sg_create():
    return _SyncGroup(1)


def sg_put(gid, chid, value):
    _gt.write("epics.ca.sg_put", chid, value)


def sg_get(gid, chid, ftype=None, as_numpy=True, as_string=True):
    _gt.read("epics.ca.sg_get", chid)
    return 1.0


def sg_block(gid, timeout=10.0):
    pass


def sg_reset(gid):
    pass


def sg_delete(gid):
    pass


def write(msg, newline=True, flush=True):
    """pyepics' ``ca.write``: prints a message (no channel access)."""
    print(msg)
