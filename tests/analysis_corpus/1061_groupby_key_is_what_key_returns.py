# expect: writes=no reads=no risk=low approval=no
# why: `for domain, group in groupby(devs, key=lambda d: ...)`: the first is what the key function returns (text), not a device, so `domain.upper()` is string work (red-team round 33; a false write before)
import itertools
import tango
devs = sorted((tango.DeviceProxy(n) for n in ["sr/ps/q1", "bo/ps/b1", "sr/ps/q2"]), key=lambda d: d.name())
groups = {}
for domain, group in itertools.groupby(devs, key=lambda d: d.name().split("/")[0]):
    groups[domain.upper()] = [g.name() for g in group]
results = {"groups": groups}
