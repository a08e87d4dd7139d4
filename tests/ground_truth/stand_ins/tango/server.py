"""Stand-in ``tango.server`` (red-team round 43, helper D): serving devices publishes
them on the facility network, a write, whether through ``run``, ``server_run`` or a
device class's ``run_server``."""

import _ground_truth as _gt


class _Decl:
    def __init__(self, fget=None, **kwargs):
        self.fget = fget
        self.kwargs = kwargs

    def __call__(self, fget):
        self.fget = fget
        return self

    def setter(self, fset):
        return self

    write = setter


def attribute(fget=None, **kwargs):
    return _Decl(fget, **kwargs)


def command(f=None, **kwargs):
    if f is None:
        return lambda g: g
    return f


def device_property(*args, **kwargs):
    return None


def class_property(*args, **kwargs):
    return None


def pipe(*args, **kwargs):
    return _Decl(*args[:1])


class Device:
    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def run_server(cls, args=None, **kwargs):
        _gt.write("tango.server.Device.run_server", cls.__name__)


def run(classes, args=None, **kwargs):
    _gt.write("tango.server.run", [getattr(c, "__name__", c) for c in classes])


def server_run(classes, args=None, **kwargs):
    _gt.write("tango.server.server_run", [getattr(c, "__name__", c) for c in classes])
