# expect: writes=yes reads=yes risk=low approval=yes
# why: a Tango command taken uncalled (ps.Off) and handed to atexit runs at exit: a write; the load is also reported as a read, since a name cannot tell a command from an attribute (round 15)
import atexit
import tango
ps = tango.DeviceProxy("sr/ps/corrector-h1")
atexit.register(ps.Off)
results = {}
