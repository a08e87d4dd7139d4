# expect: writes=yes reads=no risk=low approval=yes
# why: operator.attrgetter(field)(magnet).value = v with a computed field name (red-team round 6)
import operator
import epics

class Magnet:
    def __init__(self, name):
        self.setpoint = epics.PV(name + ':SP')

m = Magnet('SR:QF1')
field = 'setpoint'
operator.attrgetter(field)(m).value = 12.5
results = {}
