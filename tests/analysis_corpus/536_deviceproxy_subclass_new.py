# expect: writes=yes reads=no risk=low approval=yes
# why: a local DeviceProxy subclass made with __new__ and initialised later (red-team round 11)
import tango
class PS(tango.DeviceProxy):
    pass
d = PS.__new__(PS)
d.__init__('sr/ps/qf1')
d.write_attribute('Current', 10.0)
results = {}
