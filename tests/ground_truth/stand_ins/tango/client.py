"""Stand-in ``tango.client``: ``Device``/``Object`` behave as ``DeviceProxy``."""

import tango as _tango


class Object(_tango.DeviceProxy):
    pass


class Device(Object):
    pass


def get_object_proxy(obj):
    return obj
