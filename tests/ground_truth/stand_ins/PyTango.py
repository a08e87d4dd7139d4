"""Stand-in for the legacy ``PyTango`` module name."""
from tango import *  # noqa: F401,F403
from tango import DeviceProxy, AttributeProxy, Group, Database, DevState, DevFailed  # noqa: F401
