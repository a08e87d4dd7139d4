"""Stand-in ``tango.gevent``: like ``tango.futures`` (``wait=False`` gives a done result)."""

from .futures import DeviceProxy, AttributeProxy  # noqa: F401
