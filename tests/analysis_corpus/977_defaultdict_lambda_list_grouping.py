# expect: writes=no reads=yes risk=low approval=no
# why: `defaultdict(lambda: [])` makes fresh lists: appending a device to an item is the list's (red-team round 25)
import tango
from collections import defaultdict
g = defaultdict(lambda: [])
g['sr'].append(tango.DeviceProxy('sr/bv/1'))
print(g['sr'][0].state())
