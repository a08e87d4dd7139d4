# expect: writes=yes reads=yes risk=low approval=yes
# why: tango event device write (red-team round 8)
import tango
dev = tango.DeviceProxy('sr/ps/qf1')
def on_change(ev):
    if not ev.err:
        ev.device.write_attribute('Current', min(ev.attr_value.value, 100.0))
dev.subscribe_event('Current', tango.EventType.CHANGE_EVENT, on_change)
results = {}
