"""Stand-in ``epics.devices``: pyepics' device classes. A method or field call writes
unless it is one of pyepics' read methods (``device._READS``); constructing an
``SRS570`` or a ``Scan`` writes, as pyepics' constructors put values."""

import _ground_truth as _gt

from ..device import Device


class Scaler(Device):
    def __init__(self, prefix, nchan=8):
        Device.__init__(self, prefix=prefix, delim=".")


class Struck(Device):
    def __init__(self, prefix, scaler=None, nchan=8, clockrate=50.0):
        Device.__init__(self, prefix=prefix, delim="")


class Transform(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim=".")


class _Record(Device):
    def __init__(self, prefix, **kwargs):
        if prefix.endswith("."):
            prefix = prefix[:-1]
        Device.__init__(self, prefix=prefix, delim=".")


class ai(_Record):
    pass


class ao(_Record):
    pass


class bi(_Record):
    pass


class bo(_Record):
    pass


class SRS570(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim="")
        # pyepics' constructor calls initialize(), which puts four settings.
        for attr, value in (("gain_mode", 0), ("filter_type", 0), ("invert_on", 0),
                            ("bias_put", 0)):
            self.put(attr, value)


class Scan(Device):
    def __init__(self, name, **kwargs):
        Device.__init__(self, prefix=name, delim=".")
        # pyepics' constructor clears the scan message.
        self.put("SMSG", "")


class ROI(Device):
    def __init__(self, prefix, roi=0, bgr_width=3, data_pv=None):
        Device.__init__(self, prefix="%s.R%i" % (prefix, roi), delim="",
                        aliases={"left": "LO", "right": "HI", "name": "NM"})

    @property
    def total(self):
        return self.get_counts()

    @property
    def net(self):
        return self.get_counts(net=True)


class MCA(Device):
    def __init__(self, prefix, mca=None, nrois=None, data_pv=None):
        if isinstance(mca, int):
            prefix = "%smca%i" % (prefix, mca)
        Device.__init__(self, prefix=prefix, delim=".")


Mca = MCA


class DXP(Device):
    def __init__(self, prefix, mca=1):
        Device.__init__(self, prefix="%sdxp%i" % (prefix, mca), delim=":")


class MultiXMAP(Device):
    def __init__(self, prefix, filesaver="netCDF1:", nmca=4):
        Device.__init__(self, prefix=prefix, delim="")


class AD_Camera(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim="")


class AD_FilePlugin(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim="")


class AD_ImagePlugin(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim="")


class AD_OverlayPlugin(Device):
    def __init__(self, prefix):
        Device.__init__(self, prefix=prefix, delim="")


class AD_PerkinElmer(AD_Camera):
    pass
