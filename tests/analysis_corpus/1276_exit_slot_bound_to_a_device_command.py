# expect: writes=yes reads=yes risk=low approval=yes
# why: a context manager whose exit slot is a device command (round 44, helper F)
import tango
dev = tango.DeviceProxy("a/b/c")
class W:
    def __enter__(self):
        return self
    __exit__ = dev.Off
with W():
    pass
