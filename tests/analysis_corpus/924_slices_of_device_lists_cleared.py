# expect: writes=no reads=yes risk=low approval=no
# why: slices of a list of Tango devices (`devices[1:]`, a name bound to one): a new list, whose `clear()` is the list's (red-team round 23)
import tango
devices = [tango.DeviceProxy(n) for n in ["sr/ps/q1", "sr/ps/q2", "sr/ps/q3"]]
spare = devices[1:]
states = [d.state() for d in spare]
devices[1:].clear()
spare.clear()
results = {"states": str(states)}
