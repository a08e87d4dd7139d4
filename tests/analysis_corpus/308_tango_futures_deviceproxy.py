# expect: writes=yes reads=no risk=low approval=yes
# why: tango.futures.DeviceProxy is not recognised as a DeviceProxy constructor
from tango.futures import DeviceProxy
dev = DeviceProxy("sr/ps/quad01")
dev.Current = 12.5
results = {}
