# expect: writes=yes reads=no risk=low approval=yes
# why: setattr with a literal name on an aliased DeviceProxy
from tango import DeviceProxy as DP
d = DP('sys/ps/1')
setattr(d, 'Current', 2.0)
results = {}
