# expect: writes=yes reads=no risk=low approval=yes
# why: `up, down = acts.values()` unpacks devices: `up.extend()` is a command (red-team round 25)
import tango
acts = {'up': tango.DeviceProxy('sr/act/210a'), 'down': tango.DeviceProxy('sr/act/210b')}
up, down = acts.values()
up.extend()
