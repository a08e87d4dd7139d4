# expect: writes=yes reads=no risk=low approval=yes
# why: `t = u = {}` is one dict under two names: the device stored through `u` is `t['a']` (red-team round 25)
import tango
t = u = {}
u['a'] = tango.DeviceProxy('sr/ps/213')
t['a'].On()
