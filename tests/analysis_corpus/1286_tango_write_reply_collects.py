# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: collecting the reply of an asynchronous write is not a write (round 44, helper G)
import tango

d = tango.DeviceProxy("lab/ps/31")
print(d.read_attribute("Current").value)
d.write_attribute_reply(3)
