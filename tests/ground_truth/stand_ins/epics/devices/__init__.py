"""Stand-in ``epics.devices``: pyepics' device classes. A method or field call writes
unless it is one of pyepics' read methods (``device._READS``); constructing an
``SRS570`` or a ``Scan`` writes, as pyepics' constructors put values."""

import _ground_truth as _gt

from ..device import Device


class Scaler(Device):
    def __init__(self, prefix, nchan=8):
        Device.__init__(self, prefix=prefix, delim=".")


class Struck(Device):
    """pyepics: ``scaler`` (a ``Scaler``, when named) and ``mcas`` (one ``MCA`` per
    channel) are plain attributes holding devices."""

    def __init__(self, prefix, scaler=None, nchan=8, clockrate=50.0):
        if not prefix.endswith(":"):
            prefix = "%s:" % prefix
        Device.__init__(self, prefix=prefix, delim="",
                        nonpvs=("scaler", "mcas", "clockrate", "_nchan"))
        self.scaler = Scaler(scaler, nchan=nchan) if scaler is not None else None
        self.mcas = [MCA(prefix, mca=i + 1, nrois=2) for i in range(nchan)]


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

    def clear(self):
        """pyepics: empties the ROI (puts its name and limits)."""
        self.NM = ""
        self.LO = -1
        self.HI = -1

    @property
    def total(self):
        return self.get_counts()

    @property
    def net(self):
        return self.get_counts(net=True)


class MCA(Device):
    """pyepics: ``get_rois()`` reads the ROIs and returns them (``ROI`` devices), also kept
    in ``rois``; ``clear_rois`` clears each."""

    def __init__(self, prefix, mca=None, nrois=None, data_pv=None):
        if isinstance(mca, int):
            prefix = "%smca%i" % (prefix, mca)
        Device.__init__(self, prefix=prefix, delim=".", nonpvs=("rois", "_nrois", "_npts"))
        self._nrois = 2 if nrois is None else min(nrois, 2)
        self.rois = []

    def get_rois(self, nrois=None):
        self.rois = []
        prefix = self._prefix
        for i in range(self._nrois if nrois is None else nrois):
            roi = ROI(prefix=prefix, roi=i)
            roi.NM
            self.rois.append(roi)
        return self.rois

    def clear_rois(self, nrois=None):
        for roi in self.get_rois(nrois=nrois):
            roi.clear()
        self.rois = []


Mca = MCA


class DXP(Device):
    def __init__(self, prefix, mca=1):
        Device.__init__(self, prefix="%sdxp%i" % (prefix, mca), delim=":")


class MultiXMAP(Device):
    """pyepics: ``dxps`` and ``mcas`` are lists of the element devices."""

    def __init__(self, prefix, filesaver="netCDF1:", nmca=4):
        Device.__init__(self, prefix=prefix, delim="",
                        nonpvs=("dxps", "mcas", "nmca", "filesaver"))
        self.nmca = nmca
        self.dxps = [DXP(prefix, mca=i + 1) for i in range(nmca)]
        self.mcas = [MCA(prefix, mca=i + 1) for i in range(nmca)]

    def get_rois(self):
        return [m.get_rois() for m in self.mcas]


class ADMCA(Device):
    def __init__(self, prefix, data_pv=None, nrois=None, roi_prefix=None):
        Device.__init__(self, prefix=prefix, delim="")


class Xspress3(Device):
    """pyepics: ``mcas`` is a list of the elements' ``ADMCA`` devices."""

    def __init__(self, prefix, nmca=4, filesaver="HDF1:", fileroot=""):
        if not prefix.endswith(":"):
            prefix = "%s:" % prefix
        Device.__init__(self, prefix=prefix, delim="",
                        nonpvs=("mcas", "nmca", "filesaver", "fileroot"))
        self.nmca = nmca
        self.filesaver = filesaver
        self.mcas = [ADMCA("%sdet1:" % prefix, roi_prefix="%sMCA%iROI" % (prefix, i + 1))
                     for i in range(nmca)]


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
