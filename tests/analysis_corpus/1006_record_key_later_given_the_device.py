# expect: writes=yes reads=no risk=low approval=yes
# why: the record's 'log' key starts as a list but is given the device (`ctx['log'] = ctx['dev']`, `ctx[k] = ...` with `k = 'log'`, `setdefault('log', dev)`), so `append`/`insert` on it are the device's commands (red-team round 27)
from tango import DeviceProxy
ctx = {'dev': DeviceProxy('sr/ps/q1'), 'log': [], 'trace': [], 'spare': []}
ctx['log'] = ctx['dev']
ctx['log'].append(1)
k = 'trace'
ctx[k] = ctx['dev']
ctx['trace'].insert(1)
ctx.pop('spare')
ctx.setdefault('spare', ctx['dev'])
ctx['spare'].append(2)
