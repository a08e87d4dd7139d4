# expect: writes=yes reads=no risk=low approval=yes
# why: the seeds' `tango.write_attribute(...)` spelling
import tango
tango.write_attribute('sys/tg_test/1/double_scalar', 3.0)
results = {}
