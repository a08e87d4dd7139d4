"""Stand-in ``epics.devices.xspress3`` (the package holds the classes)."""
from . import *  # noqa: F401,F403
from . import Struck, MCA, ROI, Scaler, MultiXMAP, DXP, Xspress3, ADMCA  # noqa: F401
