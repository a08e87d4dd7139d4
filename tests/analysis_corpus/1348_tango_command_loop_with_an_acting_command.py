# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1347: the literal loop also names an acting command, so the call writes
import tango
dev = tango.DeviceProxy("sr/ps/1")
results = {}
for c in ("State", "On"):
    results[c] = str(dev.command_inout(c))
