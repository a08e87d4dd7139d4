# expect: writes=yes reads=no risk=low approval=yes
# why: `psu['q1']['Current'] = 10.0`: the item of the table is a proxy, and assigning its item writes the attribute (red-team round 26)
import tango
psu = {}
psu['q1'] = tango.DeviceProxy('sr/ps/q1')
psu['q1']['Current'] = 10.0
