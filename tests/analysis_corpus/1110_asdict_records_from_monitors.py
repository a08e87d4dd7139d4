# expect: writes=no reads=yes risk=low approval=no
# why: `asdict(sample)` holds the sample's own fields, not every object's fields and methods, and `mon.snapshot()` on a monitor from a list is its method's result (red-team round 37: the monitor's methods were called with its device as `self`, false writes `DeviceProxy.proxy`)
from dataclasses import asdict, dataclass
import json

import tango


@dataclass
class Sample:
    name: str
    value: float


class Monitor:
    def __init__(self, device):
        self.proxy = tango.DeviceProxy(device)

    def snapshot(self):
        return [Sample("Current", self.proxy.read_attribute("Current").value)]


samples = []
for monitor in [Monitor("sr/d-ct/1"), Monitor("sr/d-ct/2")]:
    for sample in monitor.snapshot():
        samples.append(asdict(sample))
print(json.dumps(samples, default=str))
results = {"samples": samples}
