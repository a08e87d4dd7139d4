# expect: writes=yes reads=no risk=low approval=yes
# why: Magnet classes get their setpoint from the metaclass's class namespace. (red-team round 7)
import epics

class MagnetMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'setpoint': epics.PV(f'SR:{name}:CURRENT_SP')}

class QF1(metaclass=MagnetMeta):
    nominal = 101.5

QF1.setpoint.value = QF1.nominal
results = {}
