# expect: writes=no reads=yes risk=low approval=no
# why: a record keeps a Tango device next to a plain list and set under literal keys; `ctx['log'].append`, `ctx['seen'].add`, `ctx.setdefault('extra', []).append` and a name bound to `ctx['log']` are the containers' own methods, not device commands (red-team round 27)
from tango import DeviceProxy
ctx = {'dev': DeviceProxy('sr/ps/q1'), 'log': [], 'seen': set()}
for _ in range(3):
    v = ctx['dev'].read_attribute('Current').value
    ctx['log'].append(v)
    ctx['seen'].add(v)
log = ctx['log']
log.insert(0, 'start')
ctx['log'] = []
ctx.setdefault('extra', []).append(1)
results = {'n': len(ctx['log'])}
