# expect: writes=yes reads=no risk=low approval=yes
# why: tango.Database().put_device_property writes the Tango configuration database; Database is unmodelled
import tango
db = tango.Database()
db.put_device_property("sr/ps/quad01", {"max_current": ["150"]})
results = {}
