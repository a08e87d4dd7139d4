# expect: writes=no reads=yes risk=low approval=no
# why: Tango subscribe_event with a bound method: `self` gets the library's arguments, so self.value = ... is a write and patches tango.EventType (high) (round 15 false alarm)
import tango
class Watcher:
    def __init__(self, name):
        self.value = None
        self.dev = tango.DeviceProxy(name)
        self.eid = self.dev.subscribe_event("Current", tango.EventType.CHANGE_EVENT, self.on_event)
    def on_event(self, ev):
        self.value = ev.attr_value.value
w = Watcher("sr/ps/qf1")
w.dev.unsubscribe_event(w.eid)
results = {"current": w.value}
