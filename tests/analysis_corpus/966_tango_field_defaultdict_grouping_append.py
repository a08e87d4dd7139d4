# expect: writes=no reads=yes risk=low approval=no
# why: `self.groups = defaultdict(list)`: `self.groups[kind].append(dev)` in a method adds to a list (round 25)
import tango
from collections import defaultdict
class Registry:
    def __init__(self):
        self.groups = defaultdict(list)
    def register(self, kind, name):
        self.groups[kind].append(tango.DeviceProxy(name))
r = Registry()
r.register('mag', 'sr/ps/q1')
print(r.groups['mag'][0].state())
