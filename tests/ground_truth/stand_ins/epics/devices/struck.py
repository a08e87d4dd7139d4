"""Stand-in ``epics.devices.struck`` (the package holds the classes)."""
from . import *  # noqa: F401,F403
from . import Struck, MCA, ROI, Scaler, MultiXMAP, DXP, Xspress3, ADMCA  # noqa: F401
