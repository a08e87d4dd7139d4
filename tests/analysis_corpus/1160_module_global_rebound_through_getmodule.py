# expect: writes=yes reads=no risk=high approval=n/a
# why: inspect.getmodule gives the running script as a module; setting its attribute rebinds the global `d` to a device, so `d.On()` is a command (red-team round 39, helper S)
import inspect
import tango
class Box:
    def On(self):
        return 1
d = Box()
def f():
    pass
inspect.getmodule(f).d = tango.DeviceProxy("a/b/c")
d.On()
results = {}
