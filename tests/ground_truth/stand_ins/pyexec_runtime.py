"""Stand-in for the executor's runtime API: every write is recorded, none is refused."""

import _ground_truth as _gt

__all__ = ["ChannelLimitsViolation", "ChannelWriteRefused", "read_channel", "read_channels",
           "write_channel", "write_channels"]


class ChannelWriteRefused(PermissionError):
    pass


class ChannelLimitsViolation(PermissionError):
    pass


def read_channel(name):
    _gt.read("pyexec_runtime.read_channel", name)
    return 1.0


def read_channels(names):
    return {n: read_channel(n) for n in list(names)}


def write_channel(name, value):
    _gt.write("pyexec_runtime.write_channel", name, value)
    return value


def write_channels(values):
    for name, value in dict(values).items():
        write_channel(name, value)
    return dict(values)
