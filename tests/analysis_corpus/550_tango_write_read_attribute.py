# expect: writes=yes reads=yes risk=low approval=yes
# why: write_read_attribute writes and reads back (round 12: the read was not reported)
import tango
dev = tango.DeviceProxy('sr/ps/q1')
reply = dev.write_read_attribute('Current', 10.0)
results = {'readback': reply.value}
