# expect: writes=yes reads=no risk=low approval=yes
# why: a dataclass whose fields are declared by `__annotations__ = {...}` has fields the walk cannot list, so `asdict` of it may give any field (red-team round 37, helper H)
import dataclasses

import tango


@dataclasses.dataclass
class Record:
    __annotations__ = {"device": object}


for value in dataclasses.asdict(Record(tango.DeviceProxy("sr/ps/q1"))).values():
    value.On()
