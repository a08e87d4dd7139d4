# expect: writes=no reads=yes risk=low approval=no
# why: a local method of a `DeviceProxy` subclass, called on what is certainly an instance of it, gives what it returns: `s = ps.summary()` is a dict, and `s['checked'] = True`, `s.update()` are its own (red-team round 39, helper P)
import tango
class Supply(tango.DeviceProxy):
    def summary(self):
        return {"current": float(self.Current)}
ps = Supply("sr/ps/1")
s = ps.summary()
s["checked"] = True
s.update(ok=True)
results = s
