# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: DeviceProxy.description()/is_attribute_polled() are client-side queries, reported as device-command writes
import tango
dev = tango.DeviceProxy("sr/ps/quad01")
info = {
    "description": dev.description(),
    "polled": dev.is_attribute_polled("Current"),
    "attrs": list(dev.get_attribute_list()),
}
results = info
