# expect: writes=yes reads=no risk=high approval=n/a
# why: a dataclass whose fields are declared by `__annotations__ = {...}` has fields the walk cannot list, so `asdict` of it may give any field (red-team round 37, helper H); since round 43 a dataclass with `__annotations__` in the text fails analysis outright (dataclasses paste field names into code they run)
import dataclasses

import tango


@dataclasses.dataclass
class Record:
    __annotations__ = {"device": object}


for value in dataclasses.asdict(Record(tango.DeviceProxy("sr/ps/q1"))).values():
    value.On()
