# expect: writes=yes reads=no risk=low approval=yes
# why: `self.screens[name].insert()` in a method: the field is a dict of devices (round 25)
import tango
class Beamline:
    def __init__(self):
        self.screens = {'yag1': tango.DeviceProxy('lt/di/yag1')}
    def insert(self, name):
        self.screens[name].insert()
Beamline().insert('yag1')
