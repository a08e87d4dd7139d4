# expect: writes=yes reads=yes risk=low approval=yes
# why: a Tango device's command handed where it is called (`map`'s function, a sort key, `iter(f, sentinel)`, a `defaultdict` factory) runs it (red-team round 34: these were read as the attribute `Init`, and the write passed clean)
import collections

import tango

dev = tango.DeviceProxy("sr/ps/qf1")
list(map(dev.SetCurrent, [1.0, 2.0]))
order = sorted(["a", "b"], key=dev.Rank)
for _ in iter(dev.Step, None):
    break
defaults = collections.defaultdict(dev.Init)
results = {"order": order}
