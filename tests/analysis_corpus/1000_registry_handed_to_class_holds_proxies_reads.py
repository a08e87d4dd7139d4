# expect: writes=no reads=yes risk=low approval=no
# why: proxies stored into a registry a class was handed (`self.reg = reg` in `__init__`, `self.reg[n] = DeviceProxy(n)` in a method) are kept, not written: the field is the parameter, a container (red-team round 26b's false write)
import tango
class Rig:
    def __init__(self, reg):
        self.reg = reg
    def connect(self, name):
        self.reg[name] = tango.DeviceProxy(name)
devices = dict()
Rig(devices).connect('sr/ps/q1')
print(devices['sr/ps/q1'].read_attribute('Current'), devices['sr/ps/q1'].state())
