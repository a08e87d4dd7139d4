# expect: writes=yes reads=yes risk=low approval=yes
# why: the last queued event taken from get_events' list by index: write_attribute on its device writes (red-team round 43, helper D)
import tango

dev = tango.DeviceProxy('sr/cam/1')
eid = dev.subscribe_event('Image', tango.EventType.DATA_READY_EVENT, 4)
pending = dev.get_events(eid)
if pending:
    pending[-1].device.write_attribute('Acquire', 0)
