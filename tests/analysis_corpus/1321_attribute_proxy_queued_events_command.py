# expect: writes=yes reads=yes risk=low approval=yes
# why: an AttributeProxy's queued events from get_events carry its device: a command on ev.device writes (red-team round 43, helper D)
import tango

current = tango.AttributeProxy('sr/ps/qf1/Current')
eid = current.subscribe_event(tango.EventType.CHANGE_EVENT, 20)
devices = [ev.device for ev in current.get_events(eid)]
if devices:
    devices[0].Off()
