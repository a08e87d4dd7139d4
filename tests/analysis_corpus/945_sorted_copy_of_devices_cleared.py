# expect: writes=no reads=no risk=low approval=no
# why: sorted(list of devices) is a list; .clear() is list clear (red-team round 24)
import tango
devs = [tango.DeviceProxy("a/b/c"), tango.DeviceProxy("a/b/d")]
ordered = sorted(devs, key=id)
ordered.clear()
results = {"done": True}
