# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass __call__ returns a tango.DeviceProxy; ps.Current = v writes (red-team round 6)
import tango

class Connect(type):
    def __call__(cls, member):
        return tango.DeviceProxy(f'{cls.family}/{member}')

class PowerSupply(metaclass=Connect):
    family = 'sr/ps'

ps = PowerSupply('qf1')
ps.Current = 12.5
results = {}
