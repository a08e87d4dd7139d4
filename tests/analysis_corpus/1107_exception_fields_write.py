# expect: writes=yes reads=no risk=low approval=yes
# why: `OSError(2, msg, dev).filename` and `AttributeError(msg, obj=dev).obj` give back the device they were made with (red-team round 37)
import tango

try:
    raise OSError(2, "ps trip", tango.DeviceProxy("sr/ps/q2"))
except OSError as error:
    error.filename.Reset()
try:
    raise AttributeError("no setpoint", obj=tango.DeviceProxy("sr/ps/q3"))
except AttributeError as error:
    error.obj.Reset()
