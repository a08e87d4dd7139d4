# expect: writes=yes reads=no risk=low approval=yes
# why: write_attributes with several values
from tango import DeviceProxy
dev = DeviceProxy('sys/ps/1')
dev.write_attributes([('Voltage', 3.0), ('Current', 1.0)])
results = {}
