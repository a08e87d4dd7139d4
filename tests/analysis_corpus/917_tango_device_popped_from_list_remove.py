# expect: writes=yes reads=no risk=low approval=yes
# why: devices popped off a list of proxies: `dev.remove()` is the `Remove` command; a `DeviceProxy` has no membership (red-team round 23)
import tango
pending = [tango.DeviceProxy(n) for n in ["sr/ps/q1", "sr/ps/q2"]]
while pending:
    dev = pending.pop()
    dev.remove()
results = {"done": True}
