# expect: writes=yes reads=no risk=low approval=yes
# why: the same through Tango's proxy class (round 44, helper F)
import tango
class Audit:
    def write_attribute(self, n, v):
        return super().write_attribute(n, v)
class Dev(Audit, tango.DeviceProxy):
    pass
Dev("a/b/c").write_attribute("Current", 1.0)
