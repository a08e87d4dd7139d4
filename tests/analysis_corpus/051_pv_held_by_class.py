# expect: writes=yes reads=no risk=low approval=yes
# why: PV held on self in a local class, written in a method
import epics


class Magnet:
    def __init__(self, name):
        self.pv = epics.PV(name)

    def set(self, v):
        self.pv.value = v


Magnet('MAG:QF1:CURRENT_SP').set(1.0)
results = {}
