"""What the stand-in green modes (``tango.asyncio``, ``tango.futures``) share: proxies
whose public methods answer through a wrapper (an awaitable, a future) but write or read,
as the synchronous proxy's do, when they are called."""

import tango as _tango


def wrapping(base, wrap):
    """A subclass of ``base`` whose public callables are handed to ``wrap`` first."""

    class Wrapped(base):
        def __getattribute__(self, name):
            if name.startswith("_"):
                return object.__getattribute__(self, name)
            try:
                value = object.__getattribute__(self, name)
            except AttributeError:
                value = type(self).__getattr__(self, name)
            return wrap(value) if callable(value) else value

    Wrapped.__name__ = base.__name__
    return Wrapped


def proxies(wrap):
    """``DeviceProxy`` and ``AttributeProxy`` classes whose methods go through ``wrap``."""
    return wrapping(_tango.DeviceProxy, wrap), wrapping(_tango.AttributeProxy, wrap)
