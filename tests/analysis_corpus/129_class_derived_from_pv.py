# expect: writes=yes reads=no risk=low approval=yes
# why: a local class derived from epics.PV writes through self.put
import epics


class Magnet(epics.PV):
    def set_current(self, v):
        self.put(v)


Magnet('MAG:QF1:CURRENT_SP').set_current(2.0)
results = {}
