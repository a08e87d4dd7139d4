# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __iter__ returns a generator expression of DeviceProxies (red-team round 6)
import tango

class PowerSupplies:
    def __init__(self, names):
        self.names = names
    def __iter__(self):
        return (tango.DeviceProxy(n) for n in self.names)

for ps in PowerSupplies(['sr/ps/qf1', 'sr/ps/qd1']):
    ps.Current = 0.0
results = {}
