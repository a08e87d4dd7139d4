# expect: writes=yes reads=no risk=low approval=yes
# why: a Tango device's get_device_db() is the database it is registered in, whose put_property changes configuration, also through a name rebound in a branch (red-team round 40, helper Y: a plain query result before)
import tango
d = tango.DeviceProxy("sr/ps/1")
if d is not None:
    d = d.get_device_db()
    d.put_property("sr/ps/1", {"polling": ["3000"]})
tango.DeviceProxy("sr/ps/2").get_device_db().put_device_property("sr/ps/2", {"x": ["1"]})
results = {}
