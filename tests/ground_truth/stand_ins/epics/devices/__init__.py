"""Stand-in ``epics.devices``: a few of pyepics' device classes."""

from ..device import Device


class Scaler(Device):
    def __init__(self, prefix, nchan=8):
        Device.__init__(self, prefix=prefix, delim=".")


class Struck(Device):
    def __init__(self, prefix, scaler=None):
        Device.__init__(self, prefix=prefix, delim="")


class Transform(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim=".")
