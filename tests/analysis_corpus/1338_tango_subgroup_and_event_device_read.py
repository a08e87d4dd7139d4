# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a sub-group from get_group and an AttributeProxy event's device, only read (red-team round 43, helper D)
import tango

root = tango.Group('all')
ps = tango.Group('ps')
ps.add('sr/ps/qf1')
root.add(ps)
print([r.get_data().value for r in root.get_group('ps').read_attribute('Current')])

current = tango.AttributeProxy('sr/ps/qf1/Current')
voltages = []


def on_change(ev):
    voltages.append(ev.device.read_attribute('Voltage').value)


current.subscribe_event(tango.EventType.CHANGE_EVENT, on_change)
print(voltages)
