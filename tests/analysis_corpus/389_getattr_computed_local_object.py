# expect: writes=yes reads=no risk=low approval=yes
# why: getattr(magnet, 'set' + 'point') on a local object holding PVs (red-team round 6)
import epics

class Magnet:
    def __init__(self, name):
        self.setpoint = epics.PV(name + ':SP')
        self.readback = epics.PV(name + ':RB')

m = Magnet('SR:QF1')
which = 'set' + 'point'
getattr(m, which).value = 12.5
results = {}
