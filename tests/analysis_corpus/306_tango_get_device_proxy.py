# expect: writes=yes reads=no risk=low approval=yes
# why: tango.get_device_proxy() is PyTango's DeviceProxy factory; attribute assignment and commands on it are missed
import tango
dev = tango.get_device_proxy("sr/ps/quad01")
dev.Current = 12.5
dev.On()
results = {}
