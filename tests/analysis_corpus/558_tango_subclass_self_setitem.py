# expect: writes=yes reads=no risk=low approval=yes
# why: self['Current'] = v in a method of a local DeviceProxy subclass writes the attribute (round 13)
import tango
class Supply(tango.DeviceProxy):
    def set_current(self, v):
        self["Current"] = v
Supply("sr/ps/qf1").set_current(3.0)
results = {}
