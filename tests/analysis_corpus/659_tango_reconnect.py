# expect: writes=no reads=yes risk=low approval=no
# why: DeviceProxy.reconnect (client side, like connect and cancel_all_polling_asynch_request) falls to "calling a device command" (round 15 false alarm)
import tango
dev = tango.DeviceProxy("sr/ps/qf1")
try:
    value = dev.read_attribute("Current").value
except tango.DevFailed:
    dev.reconnect(True)
    value = dev.read_attribute("Current").value
results = {"current": value}
