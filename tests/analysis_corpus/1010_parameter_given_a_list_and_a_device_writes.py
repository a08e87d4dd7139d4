# expect: writes=yes reads=no risk=low approval=yes
# why: a function or class given a fresh list at one call and a device at another (an item of a list of proxies, a name rebound to a proxy, a class's `__init__` keeping it): the parameter merges both, so `append`/`insert` on it may be the device's command (red-team round 27's misses)
from tango import DeviceProxy
devs = [DeviceProxy('sr/ps/q1')]
def act(x):
    x.append(1)
act([])
act(devs[0])
def push(y):
    y.insert(0, 2)
box = []
box = DeviceProxy('sr/ps/q2')
push([])
push(box)
class Rig:
    def __init__(self, reg):
        self.reg = reg
    def go(self):
        self.reg.append(3)
Rig([]).go()
Rig(devs[0]).go()
