# expect: writes=yes reads=no risk=low approval=yes
# why: AttributeProxy.get_device_proxy() returns the DeviceProxy; its result is not tracked, so write_attribute on it is missed
import tango

ap = tango.AttributeProxy("sr/ps/q1/current")
dev = ap.get_device_proxy()
dev.write_attribute("current", 10.0)
