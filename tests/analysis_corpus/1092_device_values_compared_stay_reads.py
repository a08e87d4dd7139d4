# expect: writes=no reads=yes risk=low approval=no
# why: a device attribute's value compared, iterated or sorted by a query is only read; the guard for 1091 (`max(dev.Current, 0.0)` is not `max(xs, key=dev.Current)`)
import tango

dev = tango.DeviceProxy("sr/ps/qf1")
top = max(dev.Current, 0.0)
names = sorted([dev], key=lambda d: d.dev_name())
values = list(iter([dev.Voltage]))
states = list(map(str, [dev.State()]))
results = {"top": top, "names": [str(n) for n in names], "values": values, "states": states}
