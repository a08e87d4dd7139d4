# expect: writes=yes reads=yes risk=low approval=yes
# why: get_events without a callback gives the queued events, whose device is the proxy subscribed on: a command on it writes (red-team round 43, helper D)
import tango

dev = tango.DeviceProxy('sr/ps/qf1')
eid = dev.subscribe_event('Current', tango.EventType.CHANGE_EVENT, 10)
for ev in dev.get_events(eid):
    if not ev.err:
        ev.device.Reset()
dev.unsubscribe_event(eid)
