# expect: writes=yes reads=no risk=low approval=yes
# why: `a, = acts` unpacks a device out of a list: `a.extend()` is the actuator's Extend (red-team round 25)
import tango
acts = [tango.DeviceProxy('sr/act/206')]
a, = acts
a.extend()
