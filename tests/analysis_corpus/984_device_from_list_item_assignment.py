# expect: writes=yes reads=no risk=low approval=yes
# why: a proxy taken out of a list and written by item assignment, `d['Current'] = 12.0`, is the device's attribute write, not a store into the list (red-team round 26)
import tango
supplies = [tango.DeviceProxy('sr/ps/q1')]
d = supplies[0]
d['Current'] = 12.0
