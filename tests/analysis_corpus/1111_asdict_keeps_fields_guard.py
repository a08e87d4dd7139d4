# expect: writes=yes reads=yes risk=low approval=yes
# why: the guard for 1110: `asdict` of a record gives its fields' values, a nested record's too, and a non-record object in a field stays itself
from dataclasses import asdict, dataclass

import tango


class Rig:
    def __init__(self):
        self.device = tango.DeviceProxy("sr/ps/q2")


@dataclass
class Inner:
    device: object


@dataclass
class Outer:
    inner: Inner
    rig: Rig
    label: str = "x"


record = asdict(Outer(Inner(tango.DeviceProxy("sr/ps/q1")), Rig()))
record["inner"]["device"].On()
record["rig"].device.Off()
