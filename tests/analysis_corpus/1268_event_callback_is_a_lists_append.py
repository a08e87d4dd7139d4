# expect: writes=yes reads=yes risk=low approval=yes
# why: a library callback that is a list's bound append fills the list with the events, whose device is written later (round 44, helper G)
import tango

seen = []
dev = tango.DeviceProxy("lab/ps/20")
dev.subscribe_event("Current", tango.EventType.CHANGE_EVENT, seen.append)
for ev in seen:
    ev.device.write_attribute("Current", 0)
