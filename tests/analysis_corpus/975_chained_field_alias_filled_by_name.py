# expect: writes=yes reads=no risk=low approval=yes
# why: `self.proxies = proxies = {}` then filled through `proxies`: the field holds the devices (red-team round 25)
import tango
class Screens:
    def __init__(self, names):
        self.proxies = proxies = {}
        for n in names:
            proxies[n] = tango.DeviceProxy(n)
    def go(self):
        for p in self.proxies.values():
            p.Insert()
Screens(['sr/bv/214']).go()
