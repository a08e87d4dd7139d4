# expect: writes=yes reads=no risk=low approval=yes
# why: helpers given the record put the device under the list's key (`c['log'] = c['dev']` two calls deep, through `update`), or a helper is also called with a record whose key holds a device: `append` on that key is the device's command (red-team round 27)
from tango import DeviceProxy
ctx = {'dev': DeviceProxy('sr/ps/q1'), 'log': []}
def inner(c):
    c['log'] = c['dev']
def outer(c):
    inner(c)
def sample(c):
    c['log'].append(1)
outer(ctx)
sample(ctx)
state = dict(dev=DeviceProxy('sr/ps/q2'), trace=[])
def swap(s):
    s.update(trace=s['dev'])
def mark(s):
    s['trace'].append(2)
swap(state)
mark(state)
other = {'log': DeviceProxy('sr/ps/q3')}
def note(c):
    c['log'].append(3)
note({'log': []})
note(other)
