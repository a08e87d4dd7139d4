"""Stand-in ``tango.asyncio``: proxies that must be awaited; their calls write or read
as the synchronous proxy's do, when they are made."""

from tango import _green


class _Done:
    def __init__(self, value):
        self._value = value

    def __await__(self):
        if False:
            yield None
        return self._value

    def result(self, timeout=None):
        return self._value


class _AsyncMember:
    def __init__(self, member):
        self._member = member

    def __call__(self, *args, **kwargs):
        return _Done(self._member(*args, **kwargs))

    def __float__(self):
        return float(self._member)


_AsyncDeviceProxy, _AsyncAttributeProxy = _green.proxies(_AsyncMember)


def DeviceProxy(*args, **kwargs):
    kwargs.pop("wait", None)
    kwargs.pop("green_mode", None)
    return _Done(_AsyncDeviceProxy(*args))


def AttributeProxy(*args, **kwargs):
    kwargs.pop("wait", None)
    kwargs.pop("green_mode", None)
    return _Done(_AsyncAttributeProxy(*args))
