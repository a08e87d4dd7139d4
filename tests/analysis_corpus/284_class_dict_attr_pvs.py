# expect: writes=yes reads=no risk=low approval=yes
# why: PVs stored with self.pvs[name] = PV(name) in a method: a subscript store on an attribute is dropped, so self.pvs[name].put(...) looks plain
from epics import PV

class MagnetController:
    def __init__(self):
        self.pvs = {}

    def connect(self, name):
        self.pvs[name] = PV(name)

    def set_current(self, name, value):
        self.pvs[name].put(value, wait=True)

ctl = MagnetController()
ctl.connect("QUAD:01:SETPT")
ctl.set_current("QUAD:01:SETPT", 1.5)
results = {}
