# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: get_db_host/get_db_port/get_source/get_logging_level/get_access_control/get_device_db are read-only Connection queries reported as commands
import tango

dp = tango.DeviceProxy("sr/ps/q1")
print(dp.get_db_host(), dp.get_db_port(), dp.get_source())
print(dp.get_logging_level(), dp.get_access_control())
print(dp.get_device_db())
print(dp.read_attribute("current").value)
