# expect: writes=yes reads=no risk=low approval=yes
# why: Device classes get their proxy from the metaclass namespace. (red-team round 7)
import tango

class DeviceMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'proxy': tango.DeviceProxy('sr/ps/' + name.lower())}

class QF1(metaclass=DeviceMeta):
    target = 101.5

QF1.proxy.Current = QF1.target
results = {}
