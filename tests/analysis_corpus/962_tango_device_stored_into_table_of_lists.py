# expect: writes=yes reads=no risk=low approval=yes
# why: a table made of lists that a method also stores a device into no longer holds only lists: `self.slots['a'].insert()` may be the device's command (round 25)
import tango
class Rig:
    def __init__(self):
        self.slots = {'a': []}
    def load(self, dev):
        self.slots['a'] = dev
    def go(self):
        self.slots['a'].insert()
r = Rig()
r.load(tango.DeviceProxy('a/b/c'))
r.go()
