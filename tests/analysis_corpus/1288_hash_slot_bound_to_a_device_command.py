# expect: writes=yes reads=yes risk=low approval=yes
# why: a set calls the hash slot of its members, here bound to a device command (round 44, last look)
import tango
dev = tango.DeviceProxy("sr/ps/9")
class W:
    __hash__ = dev.Off
try:
    {W()}
except TypeError:
    pass
