# expect: writes=no reads=yes risk=low approval=no
# why: tango.Database queries not spelt get_* (is_multi_tango_host, check_tango_host, dev_name) only read (red-team round 42, helper C; was a false write)
import tango
db = tango.Database()
print(db.is_multi_tango_host(), db.check_access_control('sr/ps/q1'), db.get_device_name('PowerSupply/sr', 'PowerSupply'))
print(db.get_db_host(), db.get_db_port(), db.dev_name())
