# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: Tango subscribe_event/event_queue_size/get_events are client-side (round 6)
import time
import tango

dev = tango.DeviceProxy('sr/dcct/1')
eid = dev.subscribe_event('Current', tango.EventType.CHANGE_EVENT, 100)
time.sleep(2.0)
pending = dev.event_queue_size(eid)
events = []
dev.get_events(eid, events.append)
dev.unsubscribe_event(eid)
results = {'pending': pending, 'received': len(events)}
