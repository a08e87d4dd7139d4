# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1132: the NamedTuple's positions, unpacking and `_replace` still give the proxy (red-team round 38)
from typing import NamedTuple

import tango


class Gauge(NamedTuple):
    label: str
    proxy: object


g = Gauge("x", tango.DeviceProxy("fe/v-pen/fe01"))
g[1].On()
label, dev = g
dev.Off()
g._replace(label="y")[1].Standby()
results = {}
