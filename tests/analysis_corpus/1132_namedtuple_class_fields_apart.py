# expect: writes=no reads=yes risk=low approval=no
# why: a class-form typing.NamedTuple takes its arguments in field order, as a dataclass does: `g.label` is the text, not the proxy given for `proxy` (red-team round 38)
from typing import NamedTuple

import tango


class Gauge(NamedTuple):
    label: str
    proxy: tango.DeviceProxy


g = Gauge("front end", tango.DeviceProxy("fe/v-pen/fe01"))
results = {"label": g.label.title(), "pressure": g.proxy.read_attribute("Pressure").value}
