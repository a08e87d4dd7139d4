# expect: writes=no reads=yes risk=low approval=no
# why: the seeds' `device_proxy.read_attribute(...)`
import tango
device_proxy = tango.DeviceProxy('sys/tg_test/1')
v = device_proxy.read_attribute('double_scalar').value
results = {'v': v}
