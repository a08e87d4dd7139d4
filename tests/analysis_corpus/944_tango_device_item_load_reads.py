# expect: writes=no reads=yes risk=low approval=no
# why: dev["double_scalar"] is a Tango attribute read via __getitem__; devs[1:] is a list slice, .clear() on the new list is harmless (red-team round 24)
import tango
dev = tango.DeviceProxy("sys/tg_test/1")
v = dev["double_scalar"]
devs = [dev, tango.DeviceProxy("a/b/c")]
devs[1:].clear()
results = {"done": True}
