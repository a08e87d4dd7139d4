# expect: writes=no reads=yes risk=low approval=no
# why: a record keeping a Tango device next to lists is handed to helpers (`sample(ctx, 3)`, a parameter spelled like the record, `scan(state)` from inside another function, `record(state, v)` two calls deep): every call hands a record whose 'log'/'points'/'trace' key only ever holds a fresh list, so `append`, `setdefault('seen', set()).add` are the containers' (red-team round 27)
from tango import DeviceProxy
ctx = {'dev': DeviceProxy('sr/ps/q1'), 'log': [], 'errors': []}
def sample(ctx, n):
    for _ in range(n):
        try:
            ctx['log'].append(ctx['dev'].read_attribute('Current').value)
        except Exception as e:
            ctx['errors'].append(str(e))
def report(ctx):
    print(len(ctx['log']), ctx['errors'])
sample(ctx, 3)
report(ctx)
def scan(state):
    state['points'].append(state['dev'].read_attribute('Position').value)
def run(name):
    state = dict(dev=DeviceProxy(name), points=[])
    for _ in range(2):
        scan(state)
    return state['points']
def record(trail, value):
    trail['trace'].append(value)
    trail.setdefault('seen', set()).add(value)
def step(trail):
    record(trail, trail['dev'].read_attribute('Position').value)
trail = {'dev': DeviceProxy('sr/motor/m2'), 'trace': []}
step(trail)
results = {'log': ctx['log'], 'p': run('sr/motor/m1'), 'trace': trail['trace']}
