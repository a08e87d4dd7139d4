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
    pass


def poll(evt=1.0e-5, iot=1.0):
    pass


def clear_channel(chid):
    pass
