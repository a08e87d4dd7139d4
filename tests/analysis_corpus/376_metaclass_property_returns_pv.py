# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass @property returns a PV: Class.setpoint.value = v writes (red-team round 6)
import epics

class Meta(type):
    @property
    def setpoint(cls):
        return epics.PV(cls.name)

class QF1(metaclass=Meta):
    name = 'SR:QF1:CURRENT_SP'

QF1.setpoint.value = 12.5
results = {}
