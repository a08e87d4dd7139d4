# expect: writes=yes reads=no risk=low approval=yes
# why: a device command whose name starts with `get`/`is` is still a command (red-team round 34: every `get_*`/`is_*`/`getX` name on a DeviceProxy was taken for a client query)
import tango

counter = tango.DeviceProxy("sr/diag/counter1")
counter.get_and_clear_counters()
results = {}
