# expect: writes=no reads=no risk=low approval=no
# why: devs + [] is a new list; .pop() is list pop (red-team round 24)
import tango
devs = [tango.DeviceProxy("a/b/c")]
more = devs + []
more.pop()
results = {"done": True}
