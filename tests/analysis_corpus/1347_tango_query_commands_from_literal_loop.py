# expect: writes=no reads=yes risk=low approval=no
# why: a loop over a literal tuple of the query commands State and Status runs only reads (round 46)
import tango
dev = tango.DeviceProxy("sr/ps/1")
results = {}
for c in ("State", "Status"):
    results[c] = str(dev.command_inout(c))
