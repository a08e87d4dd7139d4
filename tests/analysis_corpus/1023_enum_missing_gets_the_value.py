# expect: writes=yes reads=no risk=low approval=yes
# why: calling an enum with a value no member has runs its `_missing_(cls, value)`, here with a device that it switches off (red-team round 31)
import enum
import tango
class Mode(enum.Enum):
    OFF = 0
    ON = 1
    @classmethod
    def _missing_(cls, value):
        value.write_attribute("Current", 0.0)
        return cls.OFF
mode = Mode(tango.DeviceProxy("sr/ps/q1"))
