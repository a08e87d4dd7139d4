# expect: writes=no reads=no risk=low approval=no
# why: copy.copy(list) is a list; .clear() is list clear (red-team round 24)
import copy, tango
devs = [tango.DeviceProxy("a/b/c")]
snap = copy.copy(devs)
snap.clear()
results = {"done": True}
