# expect: writes=yes reads=no risk=low approval=yes
# why: DeviceProxy from pytango's compiled extension module. (red-team round 7)
from tango._tango import DeviceProxy

ps = DeviceProxy('sr/ps/qf1')
ps.Current = 101.5
results = {}
