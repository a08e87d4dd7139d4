"""Stand-in ``tango.futures``: calls run when made; ``wait=False`` gives a done future."""

import concurrent.futures as _cf

from tango import _green


def _future(value):
    f = _cf.Future()
    f.set_result(value)
    return f


class _GreenMember:
    def __init__(self, member):
        self._member = member

    def __call__(self, *args, **kwargs):
        wait = kwargs.pop("wait", True)
        kwargs.pop("timeout", None)
        value = self._member(*args, **kwargs)
        return value if wait else _future(value)


_GreenDeviceProxy, _GreenAttributeProxy = _green.proxies(_GreenMember)


def DeviceProxy(*args, **kwargs):
    wait = kwargs.pop("wait", True)
    kwargs.pop("green_mode", None)
    proxy = _GreenDeviceProxy(*args)
    return proxy if wait else _future(proxy)


def AttributeProxy(*args, **kwargs):
    wait = kwargs.pop("wait", True)
    kwargs.pop("green_mode", None)
    proxy = _GreenAttributeProxy(*args)
    return proxy if wait else _future(proxy)
