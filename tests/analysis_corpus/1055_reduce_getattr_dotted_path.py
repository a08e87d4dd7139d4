# expect: writes=yes reads=no risk=low approval=yes
# why: `functools.reduce(getattr, 'rack.ps'.split('.'), ...)`-style lookups: over a literal list the attributes are followed in turn, so the device's command is seen (red-team round 33: missed before)
import functools
import tango

class Rack:
    pass

class Hall:
    pass

hall = Hall()
hall.rack = Rack()
hall.rack.ps = tango.DeviceProxy("sr/ps/main")
supply = functools.reduce(getattr, ["rack", "ps"], hall)
supply.Standby()
results = {}
