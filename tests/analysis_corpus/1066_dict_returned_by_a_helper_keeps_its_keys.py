# expect: writes=no reads=yes risk=low approval=no
# why: a dict a local function returns (a display, or a name bound to one) keeps its keys apart from its device values, called directly or through a name; a deque's `popleft` is the deque's (red-team round 34: `build().keys()`, `m.items()`, `q.popleft()` were device commands)
import tango
from collections import deque


def build(names):
    return {name: tango.DeviceProxy(name) for name in names}


def build_table(names):
    table = {}
    for name in names:
        table[name] = tango.DeviceProxy(name)
    return table


for name in build(["sr/ps/q1"]).keys():
    print(name.upper())
table = build_table(["sr/ps/q2", "sr/ps/q3"])
for name, dev in table.items():
    print(name.upper(), dev.state())
pending = deque(table.values())
first = pending.popleft()
results = {"first": str(first.status())}
