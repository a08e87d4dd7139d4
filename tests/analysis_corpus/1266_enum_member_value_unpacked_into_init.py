# expect: writes=yes reads=no risk=low approval=yes
# why: an Enum calls its initialiser with each member's value, a tuple unpacked (round 43, helper C)
import enum
import tango

class Mode(enum.Enum):
    FAST = (tango.DeviceProxy('sr/ps/1'), 2)

    def __init__(self, dev, n):
        dev.On()
