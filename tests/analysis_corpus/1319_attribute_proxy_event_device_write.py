# expect: writes=yes reads=yes risk=low approval=yes
# why: an AttributeProxy subscribes on its device, so its event callback's ev.device is the DeviceProxy: write_attribute on it writes (red-team round 43, helper D)
import tango

current = tango.AttributeProxy('sr/ps/qf1/Current')


def on_change(ev):
    if ev.attr_value is not None and ev.attr_value.value > 0.5:
        ev.device.write_attribute('Current', 0.0)


current.subscribe_event(tango.EventType.CHANGE_EVENT, on_change)
