"""Stand-in ``caproto.sync.client``."""

import _ground_truth as _gt


def read(pv_name, *args, **kwargs):
    _gt.read("caproto.sync.client.read", pv_name)
    return 1.0


def write(pv_name, data, *args, **kwargs):
    _gt.write("caproto.sync.client.write", pv_name, data)
