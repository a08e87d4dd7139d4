# expect: writes=yes reads=no risk=low approval=yes
# why: a registry made by a helper is handed to a class that keeps it as `self.reg` and fills it in another method: the PV stored through the field is put through the caller's name (red-team round 26)
import epics
class Rig:
    def __init__(self, reg):
        self.reg = reg
    def add(self, name):
        self.reg[name] = epics.PV(name)
def make_registry():
    return {}
registry = make_registry()
Rig(registry).add('SR:HCM1:SP')
registry['SR:HCM1:SP'].put(0.0)
