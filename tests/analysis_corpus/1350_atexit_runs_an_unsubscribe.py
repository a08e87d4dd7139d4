# expect: writes=no reads=yes risk=low approval=no
# why: atexit handed a device's unsubscribe method with its id runs a read-side call (round 46)
import atexit
import tango
dev = tango.DeviceProxy("sr/bpm/1")
eid = dev.subscribe_event("x", tango.EventType.CHANGE_EVENT, print)
atexit.register(dev.unsubscribe_event, eid)
results = {"x": dev.read_attribute("x").value}
