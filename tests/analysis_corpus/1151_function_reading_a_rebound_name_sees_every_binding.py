# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1148: a function runs when it is called, so it reads every value the module's name is ever bound to; `switch_on()` before `d = {}` runs the device's `On` (red-team round 39)
import tango
d = tango.DeviceProxy("sr/ps/1")
def switch_on():
    d.On()
switch_on()
d = {}
d["done"] = True
results = {"done": d["done"]}
