# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1132: a record whose fields the scan cannot order (a parenthesised annotation, which is no field), one made through `functools.partial`, or one whose attributes are replaced after it was made keeps every argument in every field (red-team round 38, helper M)
import functools
from typing import NamedTuple

import epics

pv = epics.PV("SR:SP")


class Padded(NamedTuple):
    (pad): object = None
    label: str = ""
    proxy: object = None


class Pair(NamedTuple):
    label: str
    proxy: object


class Late(NamedTuple):
    label: str
    proxy: object


Late.label = property(lambda s: s[1])
Padded("x", pv).proxy.put(1)
functools.partial(Pair, "x")(pv).proxy.put(2)
Late("x", pv).label.put(3)
results = {}
