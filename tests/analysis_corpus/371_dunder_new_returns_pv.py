# expect: writes=yes reads=no risk=low approval=yes
# why: __new__ returns epics.PV(name): the class call gives a PV (red-team round 6)
import epics

class Setpoint:
    def __new__(cls, name):
        return epics.PV(name + ':SP')

sp = Setpoint('SR:QF1:CURRENT')
sp.value = 12.5
results = {}
