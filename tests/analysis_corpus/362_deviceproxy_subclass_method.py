# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a user-defined read-only method on a tango.DeviceProxy subclass (ps.current()) is reported as a resolved write (Tango command)
import tango
class PS(tango.DeviceProxy):
    def current(self):
        return self.read_attribute("Current").value
ps = PS("sr/ps/q1")
print(ps.current())
