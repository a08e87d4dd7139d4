# expect: writes=yes reads=no risk=low approval=yes
# why: module rebinds `dict` to DeviceProxy; x = dict("...") is a device, x.clear() a command (red-team round 24)
import tango
dict = tango.DeviceProxy
x = dict("sys/tg_test/1")
x.clear()
results = {"done": True}
