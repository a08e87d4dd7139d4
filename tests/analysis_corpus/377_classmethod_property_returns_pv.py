# expect: writes=yes reads=no risk=low approval=yes
# why: @classmethod @property returns a PV (3.11): Class.setpoint.value = v writes (red-team round 6)
import epics

class QF1:
    name = 'SR:QF1:CURRENT_SP'
    @classmethod
    @property
    def setpoint(cls):
        return epics.PV(cls.name)

QF1.setpoint.value = 12.5
results = {}
