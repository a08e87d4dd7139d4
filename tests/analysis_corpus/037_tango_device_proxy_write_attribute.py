# expect: writes=yes reads=no risk=low approval=yes
# why: the seeds' `device_proxy.write_attribute(...)`
import tango
device_proxy = tango.DeviceProxy('sys/tg_test/1')
device_proxy.write_attribute('double_scalar', 3.0)
results = {}
