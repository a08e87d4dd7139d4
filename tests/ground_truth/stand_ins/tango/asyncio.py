"""Stand-in ``tango.asyncio``: proxies that must be awaited; their calls write or read
as the synchronous proxy's do, when they are made."""

import tango as _tango


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


class _AsyncDeviceProxy(_tango.DeviceProxy):
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        try:
            value = object.__getattribute__(self, name)
        except AttributeError:
            value = type(self).__getattr__(self, name)
        if callable(value):
            return _AsyncMember(value)
        return value


class _AsyncAttributeProxy(_tango.AttributeProxy):
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        try:
            value = object.__getattribute__(self, name)
        except AttributeError:
            value = type(self).__getattr__(self, name)
        if callable(value):
            return _AsyncMember(value)
        return value


def DeviceProxy(*args, **kwargs):
    kwargs.pop("wait", None)
    kwargs.pop("green_mode", None)
    return _Done(_AsyncDeviceProxy(*args))


def AttributeProxy(*args, **kwargs):
    kwargs.pop("wait", None)
    kwargs.pop("green_mode", None)
    return _Done(_AsyncAttributeProxy(*args))
