# expect: writes=yes reads=no risk=low approval=yes
# why: a name bound to an item of a list of devices is the device: `extend` is the actuator's Extend command (round 25)
import tango
actuators = [tango.DeviceProxy('sr/vac/valve1')]
valve = actuators[0]
valve.extend()
