# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1142: a helper that may return another dict, a cached helper (the same dict for every call, changed by an earlier caller) and a record changed after it is made keep every key's values together (red-team round 38)
import functools

import tango

DEV = tango.DeviceProxy("sr/ps/q1")
SPARE = {"label": DEV}


def make(name, spare):
    if spare:
        return SPARE
    return {"dev": DEV, "label": name}


@functools.lru_cache
def cached(name):
    return {"dev": DEV, "label": name}


row = make("x", True)
if not isinstance(row["label"], str):
    row["label"].On()
first = cached("x")
first["label"] = DEV
again = cached("x")
if not isinstance(again["label"], str):
    again["label"].Off()
later = make("y", False)
later["label"] = DEV
later["label"].Init()
results = {}
