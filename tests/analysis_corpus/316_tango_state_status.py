# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: DeviceProxy.State()/Status() are read-only Tango commands, reported as writes (only lowercase state/status are known reads)
import tango
dev = tango.DeviceProxy("sr/ps/quad01")
state = dev.State()
status = dev.Status()
current = dev.read_attribute("Current").value
results = {"state": str(state), "status": status, "current": current}
