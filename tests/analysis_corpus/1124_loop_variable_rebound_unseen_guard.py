# expect: writes=yes reads=yes risk=high approval=n/a
# why: the guard for 1122: where code can bind the module's names unseen (`__main__.p = d`, the profiler running text in `__main__`), a loop variable may hold what another loop gave it, so the write through it stays listed beside the high-risk finding (red-team round 37, helper J)
import __main__
from types import SimpleNamespace

import tango

for p in [tango.DeviceProxy("sr/ps/q1")]:
    p.state()
device = p
for p in [SimpleNamespace()]:
    __main__.p = device
    p.voltage = 3
