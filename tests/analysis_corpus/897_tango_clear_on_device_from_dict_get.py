# expect: writes=yes reads=no risk=low approval=yes
# why: a Tango device taken out of a dict with `.get(name)` is the device: `.clear()` runs its `Clear` command (red-team round 22)
from tango import DeviceProxy
devs = {n: DeviceProxy(n) for n in ["sr/mag/1"]}
devs.get("sr/mag/1").clear()
