# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: DeviceProxy.set_source / set_green_mode / set_transparency_reconnection only configure this client (like set_timeout_millis, which is accepted) but are reported as resolved writes
import tango

dev = tango.DeviceProxy("sr/ps/q1")
dev.set_timeout_millis(3000)
dev.set_transparency_reconnection(True)
dev.set_green_mode(tango.GreenMode.Synchronous)
# read straight from the hardware, not from the polling cache
dev.set_source(tango.DevSource.DEV)
cur = dev.read_attribute("Current").value
print(f"Q1 current = {cur:.3f} A (source={dev.get_source()})")
