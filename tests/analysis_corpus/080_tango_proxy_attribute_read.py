# expect: writes=no reads=yes risk=low approval=no
# why: reading a Tango attribute through the proxy attribute
import tango
dev = tango.DeviceProxy('sys/ps/1')
v = dev.Voltage
results = {'v': v}
