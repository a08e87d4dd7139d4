# expect: writes=no reads=no risk=low approval=no
# why: `defaultdict(deque)`: `extendleft`/`appendleft` on an item are the deque's (red-team round 25)
import tango
from collections import defaultdict, deque
q = defaultdict(deque)
q['sr'].extendleft([tango.DeviceProxy('sr/bv/1')])
q['sr'].appendleft(tango.DeviceProxy('sr/bv/2'))
print(len(q['sr']))
