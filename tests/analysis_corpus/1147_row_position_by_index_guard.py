# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1146: a position is every row's (a device in position 0 of any row), a row stored by index or inserted merges them, and an element stored into a row's list is still found (red-team round 38)
import tango

dev = tango.DeviceProxy("sr/ps/q1")
rows = [("x", "q1"), (dev, "q2")]
first = rows[0][0]
if not isinstance(first, str):
    first.On()
rows[1][0].Off()
more = [("x", "y")]
more.insert(0, (dev, "y"))
if not isinstance(more[0][0], str):
    more[0][0].Init()
logs = [("x", [])]
logs[0][1].append(dev)
logs[0][1][0].Standby()
results = {}
