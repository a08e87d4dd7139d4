# expect: writes=yes reads=no risk=low approval=yes
# why: `with PS as dev`: Tango proxy opened by the metaclass. (red-team round 7)
import tango

class Session(type):
    def __enter__(cls):
        return tango.DeviceProxy(cls.device)
    def __exit__(cls, *exc):
        return False

class QF1(metaclass=Session):
    device = 'sr/ps/qf1'

with QF1 as ps:
    ps.Current = 101.5
results = {}
