# expect: writes=yes reads=no risk=low approval=yes
# why: Enum members hold DeviceProxies: ps.value.Current = 0 writes (red-team round 6)
import enum
import tango

class PS(enum.Enum):
    QF1 = tango.DeviceProxy('sr/ps/qf1')
    QD1 = tango.DeviceProxy('sr/ps/qd1')

for ps in PS:
    ps.value.Current = 0.0
results = {}
