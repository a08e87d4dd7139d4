# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: Drain buffered change events of one attribute. (red-team round 7)
import tango

cur = tango.AttributeProxy('sr/ps/qf1/Current')
eid = cur.subscribe_event(tango.EventType.CHANGE_EVENT, 100)
pending = cur.event_queue_size(eid)
events = cur.get_events(eid)
cur.unsubscribe_event(eid)
results = {'pending': pending, 'values': [e.attr_value.value for e in events]}
