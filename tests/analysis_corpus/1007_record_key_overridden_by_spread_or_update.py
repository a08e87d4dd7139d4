# expect: writes=yes reads=no risk=low approval=yes
# why: a display's literal 'log' list is overridden by a later `**base` entry, and a `dict(log=[])` record is given the device by `update`: the key may hold the device, so `append` on it is a command (red-team round 27)
from tango import DeviceProxy
base = {'log': DeviceProxy('sr/ps/q1')}
ctx = {'log': [], **base}
ctx['log'].append(1)
state = dict(dev=DeviceProxy('sr/ps/q2'), log=[])
state.update(log=state['dev'])
state['log'].append(2)
